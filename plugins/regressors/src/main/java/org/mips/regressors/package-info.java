/**
 * The paper's regressors (reference section 6) as components of the {@link org.mips.spi.regress.Regressor}
 * extension point: {@code linear} (exact integer least squares, 6.2), {@code boolean} (minimal formulas of
 * truth tables with LogicNG, plus the symmetric xor and threshold forms, 6.3), {@code symbolic} (bottom-up
 * enumeration with observational equivalence over the whole IR, a superset of 6.4's brute force) and
 * {@code table} (the exact lookup table, the last resort). Every formula is checked on every row with the
 * SPI's {@link org.mips.spi.program.Interpreter} by {@link org.mips.regressors.ExactCheck} before it is
 * returned.
 */
package org.mips.regressors;
