/**
 * The paper's normalizers (reference section 4): whitening, the real Jordan form of the linearised
 * transition, the Toeplitz basis of its input, de-biasing and weight quantisation. The three changes of
 * hidden basis share {@link org.mips.normalizers.ChangeOfBasis}; the linear algebra sits on EJML
 * plus a small complex SVD, which EJML does not have, for the complex eigenvectors.
 */
package org.mips.normalizers;
