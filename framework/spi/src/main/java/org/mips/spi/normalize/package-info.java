/** Network simplification: the {@link org.mips.spi.normalize.Normalizer} extension point. */
package org.mips.spi.normalize;
