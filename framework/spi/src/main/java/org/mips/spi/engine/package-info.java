/**
 * Execution engines: the {@link org.mips.spi.engine.ExecutionEngine} extension point, which runs a batch of
 * independent {@link org.mips.spi.engine.Job jobs} (a benchmark task's pipeline, a search trial), each a mips
 * command in a process and a directory of its own, and streams what they print back to the command that
 * started them. The built-in {@code local} engine runs them as child processes of this machine; an engine
 * plugin may run them on a cluster.
 */
package org.mips.spi.engine;
