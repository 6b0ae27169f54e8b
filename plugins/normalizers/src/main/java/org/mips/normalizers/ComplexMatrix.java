package org.mips.normalizers;

import java.util.List;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;

/**
 * A small dense complex matrix, immutable, stored row-major as separate real and imaginary parts. The
 * Jordan form needs complex eigenvectors and kernels (reference section 4.2), which Hipparchus' real
 * decompositions do not give; matrices here are at most hidden-size square.
 */
final class ComplexMatrix {

    private final int rows;
    private final int cols;
    private final double[] re;
    private final double[] im;

    /** Takes ownership of the arrays. */
    private ComplexMatrix(int rows, int cols, double[] re, double[] im) {
        this.rows = rows;
        this.cols = cols;
        this.re = re;
        this.im = im;
    }

    static ComplexMatrix real(RealMatrix matrix) {
        int rows = matrix.getRowDimension();
        int cols = matrix.getColumnDimension();
        double[] re = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                re[r * cols + c] = matrix.getEntry(r, c);
            }
        }
        return new ComplexMatrix(rows, cols, re, new double[rows * cols]);
    }

    static ComplexMatrix identity(int n) {
        double[] re = new double[n * n];
        for (int i = 0; i < n; i++) {
            re[i * n + i] = 1;
        }
        return new ComplexMatrix(n, n, re, new double[n * n]);
    }

    /**
     * The matrix whose column {@code j} has real part {@code re[j]} and imaginary part {@code im[j]}:
     * the column-major layout column algorithms work in.
     */
    static ComplexMatrix ofColumns(double[][] re, double[][] im) {
        int cols = re.length;
        int rows = cols == 0 ? 0 : re[0].length;
        double[] r = new double[rows * cols];
        double[] i = new double[rows * cols];
        for (int c = 0; c < cols; c++) {
            for (int k = 0; k < rows; k++) {
                r[k * cols + c] = re[c][k];
                i[k * cols + c] = im[c][k];
            }
        }
        return new ComplexMatrix(rows, cols, r, i);
    }

    /** The columns of all {@code blocks} side by side; every block has {@code rows} rows. */
    static ComplexMatrix concatColumns(int rows, List<ComplexMatrix> blocks) {
        int cols = blocks.stream().mapToInt(ComplexMatrix::cols).sum();
        double[] r = new double[rows * cols];
        double[] i = new double[rows * cols];
        int at = 0;
        for (ComplexMatrix block : blocks) {
            if (block.rows != rows) {
                throw new IllegalArgumentException("block of " + block.rows + " rows among blocks of " + rows);
            }
            for (int k = 0; k < rows; k++) {
                System.arraycopy(block.re, k * block.cols, r, k * cols + at, block.cols);
                System.arraycopy(block.im, k * block.cols, i, k * cols + at, block.cols);
            }
            at += block.cols;
        }
        return new ComplexMatrix(rows, cols, r, i);
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    double re(int row, int col) {
        return re[row * cols + col];
    }

    double im(int row, int col) {
        return im[row * cols + col];
    }

    Complex get(int row, int col) {
        return Complex.valueOf(re(row, col), im(row, col));
    }

    /** Column {@code col}'s real parts. */
    double[] columnRe(int col) {
        double[] out = new double[rows];
        for (int k = 0; k < rows; k++) {
            out[k] = re(k, col);
        }
        return out;
    }

    /** Column {@code col}'s imaginary parts. */
    double[] columnIm(int col) {
        double[] out = new double[rows];
        for (int k = 0; k < rows; k++) {
            out[k] = im(k, col);
        }
        return out;
    }

    /** Columns {@code from} (inclusive) to {@code to} (exclusive). */
    ComplexMatrix columns(int from, int to) {
        int width = to - from;
        double[] r = new double[rows * width];
        double[] i = new double[rows * width];
        for (int k = 0; k < rows; k++) {
            System.arraycopy(re, k * cols + from, r, k * width, width);
            System.arraycopy(im, k * cols + from, i, k * width, width);
        }
        return new ComplexMatrix(rows, width, r, i);
    }

    ComplexMatrix times(ComplexMatrix other) {
        if (cols != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + " x " + cols + " by " + other.rows + " x " + other.cols);
        }
        double[] r = new double[rows * other.cols];
        double[] i = new double[rows * other.cols];
        for (int a = 0; a < rows; a++) {
            for (int k = 0; k < cols; k++) {
                double xr = re[a * cols + k];
                double xi = im[a * cols + k];
                for (int b = 0; b < other.cols; b++) {
                    double yr = other.re[k * other.cols + b];
                    double yi = other.im[k * other.cols + b];
                    r[a * other.cols + b] += xr * yr - xi * yi;
                    i[a * other.cols + b] += xr * yi + xi * yr;
                }
            }
        }
        return new ComplexMatrix(rows, other.cols, r, i);
    }

    ComplexMatrix times(Complex factor) {
        double fr = factor.getReal();
        double fi = factor.getImaginary();
        double[] r = new double[re.length];
        double[] i = new double[im.length];
        for (int k = 0; k < re.length; k++) {
            r[k] = re[k] * fr - im[k] * fi;
            i[k] = re[k] * fi + im[k] * fr;
        }
        return new ComplexMatrix(rows, cols, r, i);
    }

    /** {@code this - mu I} for a square matrix. */
    ComplexMatrix minusIdentity(Complex mu) {
        double[] r = re.clone();
        double[] i = im.clone();
        for (int k = 0; k < rows; k++) {
            r[k * cols + k] -= mu.getReal();
            i[k * cols + k] -= mu.getImaginary();
        }
        return new ComplexMatrix(rows, cols, r, i);
    }

    ComplexMatrix conjugateTranspose() {
        double[] r = new double[re.length];
        double[] i = new double[im.length];
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < cols; b++) {
                r[b * rows + a] = re[a * cols + b];
                i[b * rows + a] = -im[a * cols + b];
            }
        }
        return new ComplexMatrix(cols, rows, r, i);
    }

    /** The Euclidean (Frobenius) norm. */
    double norm() {
        double sum = 0;
        for (int k = 0; k < re.length; k++) {
            sum += re[k] * re[k] + im[k] * im[k];
        }
        return Math.sqrt(sum);
    }

    RealMatrix realPart() {
        double[][] out = new double[rows][cols];
        for (int a = 0; a < rows; a++) {
            System.arraycopy(re, a * cols, out[a], 0, cols);
        }
        return new Array2DRowRealMatrix(out, false);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ComplexMatrix[" + rows + " x " + cols + "]");
        for (int a = 0; a < rows; a++) {
            text.append(a == 0 ? " " : "; ");
            for (int b = 0; b < cols; b++) {
                text.append(b == 0 ? "" : ", ").append(re(a, b));
                if (im(a, b) != 0) {
                    text.append(im(a, b) < 0 ? "-" : "+").append(Math.abs(im(a, b))).append('i');
                }
            }
        }
        return text.toString();
    }
}
