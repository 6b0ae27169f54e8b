package org.mips.engine.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor sends back of one job.
 *
 * @param exit     its process's exit code
 * @param lines    what it printed on its standard output, in order
 * @param files    its directory's files afterwards, by path relative to it ({@code /}-separated)
 * @param attempt  the Spark task's attempt that ran it
 * @param streamed whether every line also went down the driver's line stream
 */
record JobOutput(int exit, List<String> lines, Map<String, byte[]> files, int attempt, boolean streamed) implements Serializable {
}
