/** Code emission: the {@link org.mips.spi.emit.CodeEmitter} extension point and its results. */
package org.mips.spi.emit;
