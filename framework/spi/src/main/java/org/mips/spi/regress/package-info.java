/** Formula finding: the {@link org.mips.spi.regress.Regressor} extension point. */
package org.mips.spi.regress;
