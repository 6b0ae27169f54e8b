package org.mips.core.linalg;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix, from EJML's symmetric QR algorithm, in the
 * order and form the extractor's pictures and metrics read them: eigenvalues ascending, eigenvectors as
 * rows, each with its largest component positive.
 *
 * @param values  the eigenvalues, ascending
 * @param vectors {@code vectors[i]} is the unit eigenvector of {@code values[i]}
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    /**
     * The decomposition of symmetric {@code matrix}; the argument is not changed.
     *
     * @throws ArithmeticException if the matrix holds a non-finite entry or the algorithm does not converge
     */
    public static SymmetricEigen of(double[][] matrix) {
        int n = matrix.length;
        if (n == 0) {
            return new SymmetricEigen(new double[0], new double[0][]);
        }
        DMatrixRMaj a = new DMatrixRMaj(matrix);
        for (double entry : a.data) {
            if (!Double.isFinite(entry)) {
                throw new ArithmeticException("eigendecomposition of a matrix with the entry " + entry);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eigen.decompose(a)) {
            throw new ArithmeticException("the symmetric eigendecomposition of a " + n + " x " + n + " matrix did not converge");
        }
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(i -> eigen.getEigenvalue(i).getReal())).toArray(Integer[]::new);
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = eigen.getEigenvalue(order[k]).getReal();
            vectors[k] = canonicalSign(eigen.getEigenVector(order[k]).getData().clone());
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * {@code vector}, negated if needed so that its largest component (the first, among equals) is
     * positive: an eigenvector's sign is arbitrary, and pictures drawn along it must not flip with it.
     */
    private static double[] canonicalSign(double[] vector) {
        int largest = 0;
        for (int i = 1; i < vector.length; i++) {
            if (Math.abs(vector[i]) > Math.abs(vector[largest])) {
                largest = i;
            }
        }
        if (vector[largest] < 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] = -vector[i];
            }
        }
        return vector;
    }

    /** The eigenvalues alone, ascending. */
    public static double[] values(double[][] matrix) {
        return of(matrix).values();
    }
}
