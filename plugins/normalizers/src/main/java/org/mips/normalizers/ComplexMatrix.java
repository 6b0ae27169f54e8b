package org.mips.normalizers;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.ejml.dense.row.NormOps_ZDRM;
import org.ejml.simple.SimpleMatrix;

/**
 * A small dense complex matrix, immutable, over EJML's {@link ZMatrixRMaj} (which does the products and
 * conjugate transposes). The Jordan form needs complex eigenvectors and kernels (reference section 4.2);
 * matrices here are at most hidden-size square.
 */
final class ComplexMatrix {

    private final ZMatrixRMaj matrix;

    /** Takes ownership of {@code matrix}. */
    private ComplexMatrix(ZMatrixRMaj matrix) {
        this.matrix = matrix;
    }

    static ComplexMatrix real(SimpleMatrix real) {
        ZMatrixRMaj z = new ZMatrixRMaj(real.numRows(), real.numCols());
        for (int r = 0; r < real.numRows(); r++) {
            for (int c = 0; c < real.numCols(); c++) {
                z.set(r, c, real.get(r, c), 0);
            }
        }
        return new ComplexMatrix(z);
    }

    static ComplexMatrix identity(int n) {
        return new ComplexMatrix(CommonOps_ZDRM.identity(n));
    }

    /**
     * The matrix whose column {@code j} has real part {@code re[j]} and imaginary part {@code im[j]}:
     * the column-major layout column algorithms work in.
     */
    static ComplexMatrix ofColumns(double[][] re, double[][] im) {
        int cols = re.length;
        int rows = cols == 0 ? 0 : re[0].length;
        ZMatrixRMaj z = new ZMatrixRMaj(rows, cols);
        for (int c = 0; c < cols; c++) {
            for (int k = 0; k < rows; k++) {
                z.set(k, c, re[c][k], im[c][k]);
            }
        }
        return new ComplexMatrix(z);
    }

    /** The columns of all {@code blocks} side by side; every block has {@code rows} rows. */
    static ComplexMatrix concatColumns(int rows, List<ComplexMatrix> blocks) {
        int cols = blocks.stream().mapToInt(ComplexMatrix::cols).sum();
        ZMatrixRMaj z = new ZMatrixRMaj(rows, cols);
        int at = 0;
        for (ComplexMatrix block : blocks) {
            if (block.rows() != rows) {
                throw new IllegalArgumentException("block of " + block.rows() + " rows among blocks of " + rows);
            }
            CommonOps_ZDRM.extract(block.matrix, 0, rows, 0, block.cols(), z, 0, at);
            at += block.cols();
        }
        return new ComplexMatrix(z);
    }

    int rows() {
        return matrix.numRows;
    }

    int cols() {
        return matrix.numCols;
    }

    double re(int row, int col) {
        return matrix.getReal(row, col);
    }

    double im(int row, int col) {
        return matrix.getImag(row, col);
    }

    ComplexNumber get(int row, int col) {
        return new ComplexNumber(re(row, col), im(row, col));
    }

    /** Column {@code col}'s real parts. */
    double[] columnRe(int col) {
        double[] out = new double[rows()];
        for (int k = 0; k < out.length; k++) {
            out[k] = re(k, col);
        }
        return out;
    }

    /** Column {@code col}'s imaginary parts. */
    double[] columnIm(int col) {
        double[] out = new double[rows()];
        for (int k = 0; k < out.length; k++) {
            out[k] = im(k, col);
        }
        return out;
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive). */
    ComplexMatrix columns(int from, int to) {
        ZMatrixRMaj part = new ZMatrixRMaj(rows(), to - from);
        CommonOps_ZDRM.extract(matrix, 0, rows(), from, to, part, 0, 0);
        return new ComplexMatrix(part);
    }

    ComplexMatrix times(ComplexMatrix other) {
        if (cols() != other.rows()) {
            throw new IllegalArgumentException("cannot multiply " + rows() + " x " + cols() + " by " + other.rows() + " x " + other.cols());
        }
        ZMatrixRMaj product = new ZMatrixRMaj(rows(), other.cols());
        CommonOps_ZDRM.mult(matrix, other.matrix, product);
        return new ComplexMatrix(product);
    }

    ComplexMatrix times(ComplexNumber factor) {
        ZMatrixRMaj scaled = matrix.copy();
        CommonOps_ZDRM.scale(factor.re(), factor.im(), scaled);
        return new ComplexMatrix(scaled);
    }

    /** {@code this - mu I} for a square matrix. */
    ComplexMatrix minusIdentity(ComplexNumber mu) {
        ZMatrixRMaj shifted = matrix.copy();
        for (int k = 0; k < rows(); k++) {
            shifted.set(k, k, shifted.getReal(k, k) - mu.re(), shifted.getImag(k, k) - mu.im());
        }
        return new ComplexMatrix(shifted);
    }

    ComplexMatrix conjugateTranspose() {
        return new ComplexMatrix(CommonOps_ZDRM.transposeConjugate(matrix, null));
    }

    /** The Euclidean (Frobenius) norm. */
    double norm() {
        return NormOps_ZDRM.normF(matrix);
    }

    SimpleMatrix realPart() {
        SimpleMatrix out = new SimpleMatrix(rows(), cols());
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                out.set(r, c, re(r, c));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ComplexMatrix[" + rows() + " x " + cols() + "]");
        for (int a = 0; a < rows(); a++) {
            text.append(a == 0 ? " " : "; ");
            for (int b = 0; b < cols(); b++) {
                text.append(b == 0 ? "" : ", ").append(get(a, b));
            }
        }
        return text.toString();
    }
}
