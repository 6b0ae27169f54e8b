/**
 * Data types: how a task's integer values enter a network and how its outputs are read back. An
 * {@link org.mips.spi.encode.Encoding} (a component) fits a code to one column's values; the codes
 * ({@link org.mips.spi.encode.InputCode}, {@link org.mips.spi.encode.OutputCode}) are plain values that
 * a network artifact records, so a network runs without the component that chose them.
 */
package org.mips.spi.encode;
