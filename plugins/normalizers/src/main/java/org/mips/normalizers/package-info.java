/**
 * The paper's normalizers (reference section 4): whitening, the real Jordan form of the linearised
 * transition, the Toeplitz basis of its input, de-biasing and weight quantisation. The three changes of
 * hidden basis share {@link org.mips.normalizers.ChangeOfBasis}; the linear algebra sits on Hipparchus
 * plus a small complex SVD for the complex eigenvectors Hipparchus does not give.
 */
package org.mips.normalizers;
