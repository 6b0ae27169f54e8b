package org.mips.normalizers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Jordan basis of a matrix {@code A = B - mu I} that is nilpotent up to the tolerance, for one
 * eigenvalue cluster (reference section 4.2, steps 2-3). Ranks are numerical: singular values at or
 * below {@code epsilon} count as zero, which is the reference's kernel rule.
 *
 * <p>The construction is the classical induction on the range: {@code A} maps its range into itself,
 * so the chains of {@code A} restricted to its range, each extended upwards by one preimage, plus kernel
 * vectors outside the range as chains of length one, are the chains of {@code A}. Every preimage is the
 * minimum-norm one through the rank-truncated SVD, which is the reference's truncation of
 * {@code W - mu I}.
 */
final class JordanChains {

    private JordanChains() {
    }

    /**
     * The basis: chains longest first, each from its eigenvector up to its top vector, so that
     * {@code A} becomes upper triangular with ones on the superdiagonal inside a chain. Each chain is
     * scaled so that its top vector has norm 1 and its largest component is real and positive.
     *
     * @throws ArithmeticException if the numerical ranks are inconsistent (more chain ends than kernel)
     */
    static ComplexMatrix basis(ComplexMatrix a, double epsilon) {
        List<Chain> chains = new ArrayList<>(chains(a, epsilon));
        chains.sort(Comparator.comparingInt((Chain c) -> -c.vectors().size()));
        List<ComplexMatrix> columns = new ArrayList<>();
        for (Chain chain : chains) {
            columns.addAll(chain.normalized().vectors());
        }
        return ComplexMatrix.concatColumns(a.rows(), columns);
    }

    private static List<Chain> chains(ComplexMatrix a, double epsilon) {
        int m = a.rows();
        ComplexSvd svd = ComplexSvd.of(a);
        int rank = svd.rank(epsilon);
        List<Chain> chains = new ArrayList<>();
        if (rank == 0) {
            // All of the space is kernel. Its basis is the right singular vectors, as in the reference:
            // unlike the coordinate axes they do not depend on the (arbitrary) orthonormal basis A is
            // written in, and in an already normalized basis they are the axes again. Smallest singular
            // value first, like a chain's eigenvector, so a coupling below epsilon stays above the
            // diagonal.
            for (int j = m - 1; j >= 0; j--) {
                chains.add(new Chain(List.of(svd.v().columns(j, j + 1))));
            }
            return chains;
        }
        if (rank == m) {
            // Within a cluster this cannot happen in exact arithmetic (|det A| < epsilon^m), but the
            // compression to a range below may lose nilpotency; recursing would never end.
            throw new ArithmeticException("Jordan chains: a " + m + " x " + m + " block is not nilpotent within " + epsilon);
        }
        ComplexMatrix range = svd.u().columns(0, rank);
        ComplexMatrix pseudoInverse = pseudoInverse(svd, rank);
        List<ComplexMatrix> ends = new ArrayList<>();
        for (Chain inner : chains(range.conjugateTranspose().times(a).times(range), epsilon)) {
            Chain lifted = inner.lifted(range);
            ends.add(lifted.vectors().get(0));
            chains.add(lifted.extended(pseudoInverse.times(lifted.top())));
        }
        ComplexMatrix kernel = svd.v().columns(rank, m);
        int fresh = kernel.cols() - ends.size();
        if (fresh < 0) {
            throw new ArithmeticException("Jordan chains: " + ends.size() + " chains end in a kernel of dimension "
                    + kernel.cols());
        }
        ComplexMatrix outside = kernelOutside(kernel, ends, fresh);
        for (int j = 0; j < fresh; j++) {
            chains.add(new Chain(List.of(outside.columns(j, j + 1))));
        }
        return chains;
    }

    /** {@code V_r S_r^-1 U_r^H}: the inverse of A on its numerical range. */
    private static ComplexMatrix pseudoInverse(ComplexSvd svd, int rank) {
        double[] sigma = svd.singularValues();
        List<ComplexMatrix> scaled = new ArrayList<>();
        for (int j = 0; j < rank; j++) {
            scaled.add(svd.v().columns(j, j + 1).times(ComplexNumber.real(1 / sigma[j])));
        }
        return ComplexMatrix.concatColumns(svd.v().rows(), scaled).times(svd.u().columns(0, rank).conjugateTranspose());
    }

    /**
     * {@code count} orthonormal kernel vectors orthogonal (within the kernel) to the chain ends: the
     * kernel coordinates of the ends span a subspace whose complement is the null space of their
     * conjugate transpose, i.e. its last right singular vectors.
     */
    private static ComplexMatrix kernelOutside(ComplexMatrix kernel, List<ComplexMatrix> ends, int count) {
        if (ends.isEmpty()) {
            return kernel;
        }
        ComplexMatrix endCoordinates = kernel.conjugateTranspose().times(ComplexMatrix.concatColumns(kernel.rows(), ends));
        ComplexMatrix complement = ComplexSvd.of(endCoordinates.conjugateTranspose()).v();
        return kernel.times(complement.columns(complement.cols() - count, complement.cols()));
    }

    /** Column vectors {@code v_1 .. v_k} with {@code A v_1 = 0} and {@code A v_(j+1) = v_j}. */
    private record Chain(List<ComplexMatrix> vectors) {

        Chain {
            vectors = List.copyOf(vectors);
        }

        ComplexMatrix top() {
            return vectors.get(vectors.size() - 1);
        }

        /** The chain in the big space, for a chain in the coordinates of the columns of {@code basis}. */
        Chain lifted(ComplexMatrix basis) {
            return new Chain(vectors.stream().map(basis::times).toList());
        }

        Chain extended(ComplexMatrix newTop) {
            List<ComplexMatrix> longer = new ArrayList<>(vectors);
            longer.add(newTop);
            return new Chain(longer);
        }

        /** Scaled so the top vector is a unit vector whose largest component is real and positive. */
        Chain normalized() {
            ComplexMatrix top = top();
            if (!(top.norm() > 0)) {
                throw new ArithmeticException("Jordan chain with a zero or non-finite top vector");
            }
            int largest = 0;
            for (int k = 1; k < top.rows(); k++) {
                if (top.get(k, 0).norm() > top.get(largest, 0).norm()) {
                    largest = k;
                }
            }
            ComplexNumber pivot = top.get(largest, 0);
            ComplexNumber factor = pivot.conjugate().divide(pivot.norm() * top.norm());
            return new Chain(vectors.stream().map(v -> v.times(factor)).toList());
        }
    }
}
