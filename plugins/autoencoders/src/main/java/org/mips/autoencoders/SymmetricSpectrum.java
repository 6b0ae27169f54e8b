package org.mips.autoencoders;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The eigendecomposition of a symmetric positive semi-definite matrix (a covariance or a Gram matrix),
 * from EJML's symmetric QR algorithm: eigenvalues decreasing, so the first are the principal directions,
 * and each eigenvector's sign fixed (largest component positive) so coordinates along it do not flip
 * between runs or library versions.
 *
 * @param values  the eigenvalues, decreasing
 * @param vectors {@code vectors[k]} is the unit eigenvector of {@code values[k]}
 */
record SymmetricSpectrum(double[] values, double[][] vectors) {

    /** @throws ArithmeticException if the matrix is not finite or the algorithm does not converge */
    static SymmetricSpectrum of(double[][] matrix) {
        int n = matrix.length;
        DMatrixRMaj a = new DMatrixRMaj(matrix);
        for (double entry : a.data) {
            if (!Double.isFinite(entry)) {
                throw new ArithmeticException("eigendecomposition of a matrix with the entry " + entry);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eigen.decompose(a)) {
            throw new ArithmeticException("the eigendecomposition of a " + n + " x " + n + " matrix did not converge");
        }
        Integer[] order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingDouble(i -> -eigen.getEigenvalue(i).getReal())).toArray(Integer[]::new);
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int k = 0; k < n; k++) {
            values[k] = eigen.getEigenvalue(order[k]).getReal();
            vectors[k] = withLargestComponentPositive(eigen.getEigenVector(order[k]).getData().clone());
        }
        return new SymmetricSpectrum(values, vectors);
    }

    private static double[] withLargestComponentPositive(double[] vector) {
        int largest = 0;
        for (int i = 1; i < vector.length; i++) {
            if (Math.abs(vector[i]) > Math.abs(vector[largest])) {
                largest = i;
            }
        }
        return vector[largest] < 0 ? Vectors.scaled(vector, -1) : vector;
    }
}
