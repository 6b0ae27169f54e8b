package org.mips.normalizers;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The singular value decomposition {@code A = U S V^H} of a complex m x n matrix, with the full n x n
 * unitary {@code V}: EJML has no complex SVD (its complex dense module stops at LU, QR and Cholesky), so
 * this one is ours. Computed by one-sided Jacobi rotations (Hestenes): pairs of columns of {@code A V} are
 * rotated until all columns are orthogonal; their norms are then the singular values. The method is
 * accurate for small singular values, which the rank decisions of the Jordan form depend on, and a
 * real matrix stays exactly real.
 */
final class ComplexSvd {

    /** Columns count as orthogonal when their cosine is below this times the number of rows. */
    private static final double ORTHOGONAL = 1e-15;
    /**
     * Columns count as zero when their inner product is below this times the squared norm of A: in a
     * matrix with more columns than rows the surplus columns shrink to rounding noise that can never
     * be made mutually orthogonal.
     */
    private static final double NEGLIGIBLE = 1e-30;
    private static final int MAX_SWEEPS = 100;

    private final double[] singularValues;
    private final ComplexMatrix u;
    private final ComplexMatrix v;

    private ComplexSvd(double[] singularValues, ComplexMatrix u, ComplexMatrix v) {
        this.singularValues = singularValues;
        this.u = u;
        this.v = v;
    }

    static ComplexSvd of(ComplexMatrix a) {
        int m = a.rows();
        int n = a.cols();
        double[][] ar = new double[n][];
        double[][] ai = new double[n][];
        double[][] vr = new double[n][n];
        double[][] vi = new double[n][n];
        for (int j = 0; j < n; j++) {
            ar[j] = a.columnRe(j);
            ai[j] = a.columnIm(j);
            vr[j][j] = 1;
        }
        double orthogonal = ORTHOGONAL * Math.max(1, m);
        double negligible = NEGLIGIBLE * a.norm() * a.norm();
        int sweep = 0;
        while (rotateAllPairs(ar, ai, vr, vi, orthogonal, negligible)) {
            if (++sweep == MAX_SWEEPS) {
                throw new ArithmeticException("SVD: Jacobi rotations did not converge in " + MAX_SWEEPS + " sweeps");
            }
        }
        double[] norms = new double[n];
        for (int j = 0; j < n; j++) {
            norms[j] = Math.sqrt(dot(ar[j], ai[j], ar[j], ai[j]));
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -norms[j]));
        double[] sigma = new double[n];
        double[][] ur = new double[n][m];
        double[][] ui = new double[n][m];
        double[][] sortedVr = new double[n][];
        double[][] sortedVi = new double[n][];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            sigma[k] = norms[j];
            sortedVr[k] = vr[j];
            sortedVi[k] = vi[j];
            if (norms[j] > 0) {
                for (int row = 0; row < m; row++) {
                    ur[k][row] = ar[j][row] / norms[j];
                    ui[k][row] = ai[j][row] / norms[j];
                }
            }
        }
        return new ComplexSvd(sigma, ComplexMatrix.ofColumns(ur, ui), ComplexMatrix.ofColumns(sortedVr, sortedVi));
    }

    /** The singular values in decreasing order. */
    double[] singularValues() {
        return singularValues.clone();
    }

    /** m x n; column j is the j-th left singular vector, or zero where the singular value is zero. */
    ComplexMatrix u() {
        return u;
    }

    /** n x n and unitary; column j is the j-th right singular vector. */
    ComplexMatrix v() {
        return v;
    }

    /** The number of singular values above {@code threshold}. */
    int rank(double threshold) {
        return (int) Arrays.stream(singularValues).filter(s -> s > threshold).count();
    }

    /** One sweep over all column pairs; true if any pair was rotated. */
    private static boolean rotateAllPairs(double[][] ar, double[][] ai, double[][] vr, double[][] vi, double orthogonal,
            double negligible) {
        boolean rotated = false;
        int n = ar.length;
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                double alpha = dot(ar[p], ai[p], ar[p], ai[p]);
                double beta = dot(ar[q], ai[q], ar[q], ai[q]);
                // gamma = a_p^H a_q
                double gr = dot(ar[p], ai[p], ar[q], ai[q]);
                double gi = crossDot(ar[p], ai[p], ar[q], ai[q]);
                double g = Math.hypot(gr, gi);
                if (g <= negligible || g <= orthogonal * Math.sqrt(alpha * beta)) {
                    continue;
                }
                rotated = true;
                // Multiplying a_q by conj(gamma)/|gamma| makes the pair's inner product real; then a real
                // Jacobi rotation (c, s) zeroes it. For real input the phase is exactly +-1.
                double er = gr / g;
                double ei = -gi / g;
                double zeta = (beta - alpha) / (2 * g);
                double t = Math.signum(zeta == 0 ? 1 : zeta) / (Math.abs(zeta) + Math.hypot(1, zeta));
                double c = 1 / Math.hypot(1, t);
                double s = c * t;
                rotate(ar[p], ai[p], ar[q], ai[q], er, ei, c, s);
                rotate(vr[p], vi[p], vr[q], vi[q], er, ei, c, s);
            }
        }
        return rotated;
    }

    /** {@code x <- c x - s e y}, {@code y <- s x + c e y}. */
    private static void rotate(double[] xr, double[] xi, double[] yr, double[] yi, double er, double ei, double c, double s) {
        for (int k = 0; k < xr.length; k++) {
            double pr = er * yr[k] - ei * yi[k];
            double pi = er * yi[k] + ei * yr[k];
            double x0r = xr[k];
            double x0i = xi[k];
            xr[k] = c * x0r - s * pr;
            xi[k] = c * x0i - s * pi;
            yr[k] = s * x0r + c * pr;
            yi[k] = s * x0i + c * pi;
        }
    }

    /** Real part of {@code x^H y}. */
    private static double dot(double[] xr, double[] xi, double[] yr, double[] yi) {
        double sum = 0;
        for (int k = 0; k < xr.length; k++) {
            sum += xr[k] * yr[k] + xi[k] * yi[k];
        }
        return sum;
    }

    /** Imaginary part of {@code x^H y}. */
    private static double crossDot(double[] xr, double[] xi, double[] yr, double[] yi) {
        double sum = 0;
        for (int k = 0; k < xr.length; k++) {
            sum += xr[k] * yi[k] - xi[k] * yr[k];
        }
        return sum;
    }
}
