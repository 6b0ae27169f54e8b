package org.mips.autoencoders;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Least-squares weights {@code W} minimising {@code |X W - Y|} through the normal equations
 * {@code W = pinv(X^T X) X^T Y}: EJML forms the products, {@link PseudoInverse} drops the directions the
 * design never varies in, so they get zero weights instead of noise.
 */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * @param design  the rows of X, all of one length p
     * @param targets the rows of Y, one per design row, all of one length
     * @return W as p rows
     */
    static double[][] weights(double[][] design, double[][] targets) {
        DMatrixRMaj x = new DMatrixRMaj(design);
        DMatrixRMaj y = new DMatrixRMaj(targets);
        DMatrixRMaj gram = new DMatrixRMaj(x.numCols, x.numCols);
        CommonOps_DDRM.multTransA(x, x, gram);
        DMatrixRMaj cross = new DMatrixRMaj(x.numCols, y.numCols);
        CommonOps_DDRM.multTransA(x, y, cross);
        DMatrixRMaj weights = new DMatrixRMaj(x.numCols, y.numCols);
        CommonOps_DDRM.mult(new DMatrixRMaj(PseudoInverse.ofSymmetric(rows(gram))), cross, weights);
        return rows(weights);
    }

    private static double[][] rows(DMatrixRMaj matrix) {
        double[][] rows = new double[matrix.numRows][matrix.numCols];
        for (int i = 0; i < matrix.numRows; i++) {
            System.arraycopy(matrix.data, i * matrix.numCols, rows[i], 0, matrix.numCols);
        }
        return rows;
    }
}
