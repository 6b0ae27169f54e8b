package org.mips.normalizers;

import java.util.List;

/**
 * Eigenvalues closer than the tolerance, treated as one (reference section 4.2, step 1), with their mean
 * as representative. A {@code real} cluster is closed under conjugation and has a real mean; a complex
 * cluster stands for itself and its conjugate cluster, and all its members have positive imaginary part.
 *
 * @param members the eigenvalues in the cluster, each as often as its algebraic multiplicity
 */
record EigenvalueCluster(ComplexNumber mean, List<ComplexNumber> members, boolean real) {

    EigenvalueCluster {
        members = List.copyOf(members);
    }

    /** The dimension of the complex generalized eigenspace this cluster stands for. */
    int size() {
        return members.size();
    }

    /** The dimension of the real invariant subspace: a complex cluster brings its conjugate along. */
    int realDimension() {
        return real ? size() : 2 * size();
    }
}
