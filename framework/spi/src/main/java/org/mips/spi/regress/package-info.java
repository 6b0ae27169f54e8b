/**
 * Formula finding: the {@link org.mips.spi.regress.Regressor} extension point, and the
 * {@link org.mips.spi.regress.StateNumbering} one that gives a machine's states codes formulas can use.
 */
package org.mips.spi.regress;
