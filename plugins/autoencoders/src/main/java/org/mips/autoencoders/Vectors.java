package org.mips.autoencoders;

/** The few vector operations the detectors share, on plain arrays. */
final class Vectors {

    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Whether every component is zero (of either sign). */
    static boolean isZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double distanceSquared(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    /** {@code a - b}. */
    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /** {@code factor * a}. */
    static double[] scaled(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = factor * a[i];
        }
        return out;
    }

    /** {@code a += factor * b}, in place. */
    static void addScaled(double[] a, double factor, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += factor * b[i];
        }
    }

    static double sum(double[] a) {
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        return sum;
    }

    static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    /**
     * The index of the row of {@code centres} nearest to {@code point}; each distance stops summing once it
     * exceeds the best so far, which makes scanning many centres cheap.
     */
    static int nearest(double[][] centres, double[] point) {
        return nearest(centres, centres.length, point);
    }

    /** {@link #nearest(double[][], double[])} among the first {@code count} centres. */
    static int nearest(double[][] centres, int count, double[] point) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            double[] centre = centres[c];
            double sum = 0;
            for (int i = 0; i < point.length && sum < bestDistance; i++) {
                double d = point[i] - centre[i];
                sum += d * d;
            }
            if (sum < bestDistance) {
                bestDistance = sum;
                best = c;
            }
        }
        return best;
    }
}
