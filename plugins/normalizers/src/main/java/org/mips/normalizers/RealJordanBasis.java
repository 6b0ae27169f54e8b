package org.mips.normalizers;

import org.ejml.simple.SimpleMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the reference's {@code jcf(W)} (section 4.2): a real basis {@code P} in which
 * {@code P^-1 W P} is the real Jordan form of {@code W} with eigenvalues closer than {@code epsilon}
 * merged.
 *
 * <p>For each eigenvalue cluster (most important first, see {@link EigenvalueClusters}):
 * <ol>
 *   <li>its generalized eigenspace is the null space of {@code prod (W - lambda I)} over the cluster's
 *       eigenvalues; its dimension is known (the cluster's size), so the last right singular vectors
 *       give an orthonormal basis {@code Z} without a rank guess;
 *   <li>{@link JordanChains} finds the chains of {@code Z^H W Z - mu I}, mu the cluster mean, with the
 *       reference's rank threshold {@code epsilon};
 *   <li>a real cluster contributes the chain vectors; a complex one contributes {@code sqrt2 Re v} and
 *       {@code -sqrt2 Im v} for each chain vector {@code v}, which turns the pair of conjugate blocks into
 *       2 x 2 rotation-scaling blocks {@code [[a, -b], [b, a]]} for the eigenvalue {@code a + bi}.
 * </ol>
 */
final class RealJordanBasis {

    private static final double SQRT2 = Math.sqrt(2);

    private RealJordanBasis() {
    }

    /**
     * @throws ArithmeticException if the eigenvalues cannot be clustered, the chains are inconsistent
     *                             or the basis is (numerically) singular: the pass failed
     */
    static SimpleMatrix of(SimpleMatrix w, double epsilon) {
        int n = w.numRows();
        ComplexMatrix complexW = ComplexMatrix.real(w);
        double[][] basis = new double[n][];
        int column = 0;
        for (EigenvalueCluster cluster : EigenvalueClusters.of(w, epsilon)) {
            ComplexMatrix eigenspace = lastRightSingularVectors(annihilator(w, complexW, cluster), cluster.size());
            ComplexMatrix shifted = eigenspace.conjugateTranspose().times(complexW).times(eigenspace)
                    .minusIdentity(cluster.mean());
            ComplexMatrix vectors = eigenspace.times(JordanChains.basis(shifted, epsilon));
            for (int j = 0; j < vectors.cols(); j++) {
                if (cluster.real()) {
                    basis[column++] = vectors.columnRe(j);
                } else {
                    basis[column++] = scaled(vectors.columnRe(j), SQRT2);
                    basis[column++] = scaled(vectors.columnIm(j), -SQRT2);
                }
            }
        }
        if (column != n) {
            throw new ArithmeticException("Jordan basis has " + column + " vectors for dimension " + n);
        }
        SimpleMatrix p = new SimpleMatrix(basis).transpose();
        if (!(Layers.condition(p) <= ChangeOfBasis.MAX_CONDITION)) {
            throw new ArithmeticException("Jordan basis is numerically singular");
        }
        return p;
    }

    /**
     * A polynomial in {@code W} whose null space is the cluster's generalized eigenspace: real for a
     * real cluster (conjugate pairs enter as the real quadratic {@code W^2 - 2 Re(l) W + |l|^2 I}),
     * complex for a complex one.
     */
    private static ComplexMatrix annihilator(SimpleMatrix w, ComplexMatrix complexW, EigenvalueCluster cluster) {
        int n = w.numRows();
        ComplexMatrix product = ComplexMatrix.identity(n);
        for (ComplexNumber lambda : cluster.members()) {
            if (!cluster.real() || lambda.im() == 0) {
                product = product.times(complexW.minusIdentity(lambda));
            } else if (lambda.im() > 0) {
                SimpleMatrix quadratic = w.mult(w).minus(w.scale(2 * lambda.re()));
                for (int i = 0; i < n; i++) {
                    quadratic.set(i, i, quadratic.get(i, i) + lambda.re() * lambda.re() + lambda.im() * lambda.im());
                }
                product = product.times(ComplexMatrix.real(quadratic));
            }
        }
        return product;
    }

    private static ComplexMatrix lastRightSingularVectors(ComplexMatrix matrix, int count) {
        ComplexMatrix v = ComplexSvd.of(matrix).v();
        return v.columns(v.cols() - count, v.cols());
    }

    private static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = values[k] * factor;
        }
        return out;
    }
}
