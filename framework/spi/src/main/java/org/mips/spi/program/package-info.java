/**
 * The program IR: {@link org.mips.spi.program.Expr} expressions assembled into a
 * {@link org.mips.spi.program.Program} (a step machine over integer sequences), with
 * {@link org.mips.spi.program.Interpreter} as its reference semantics and
 * {@link org.mips.spi.program.Arithmetic} as the meaning of each operator.
 */
package org.mips.spi.program;
