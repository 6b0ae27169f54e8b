package org.mips.autoencoders;

/**
 * The affine subspace the states actually span: their mean and the principal axes along which they
 * spread by more than the description length's resolution. The lattice finders look for as many basis
 * vectors as this rank, not one per hidden unit, so a 3-variable lattice in a 16-unit network is found
 * as 3 variables.
 *
 * @param mean   the mean state
 * @param axes   orthonormal rows, by decreasing spread, each with its largest component positive
 * @param spread the root-mean-square extent of the states along each axis
 */
record Subspace(double[] mean, double[][] axes, double[] spread) {

    /**
     * An axis along which the states spread by less than this carries no variable: its extent is below
     * the resolution {@link DescriptionLength#EPSILON} at which reconstruction errors start to cost bits.
     */
    static final double MIN_SPREAD = DescriptionLength.EPSILON;

    /** The principal subspace of {@code points} (at least one point). */
    static Subspace of(double[][] points) {
        int n = points[0].length;
        double[] mean = new double[n];
        for (double[] p : points) {
            Vectors.addScaled(mean, 1.0 / points.length, p);
        }
        double[][] covariance = new double[n][n];
        for (double[] p : points) {
            for (int i = 0; i < n; i++) {
                double di = p[i] - mean[i];
                for (int j = i; j < n; j++) {
                    covariance[i][j] += di * (p[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                covariance[i][j] /= points.length;
                covariance[j][i] = covariance[i][j];
            }
        }
        SymmetricSpectrum spectrum = SymmetricSpectrum.of(covariance);
        double[] variances = spectrum.values();
        int rank = 0;
        while (rank < variances.length && Math.sqrt(variances[rank]) > MIN_SPREAD) {
            rank++;
        }
        double[][] axes = new double[rank][];
        double[] spread = new double[rank];
        for (int k = 0; k < rank; k++) {
            axes[k] = spectrum.vectors()[k];
            spread[k] = Math.sqrt(variances[k]);
        }
        return new Subspace(mean, axes, spread);
    }

    int rank() {
        return axes.length;
    }

    /** The coordinates of {@code point - mean} along the axes. */
    double[] coordinates(double[] point) {
        double[] centred = Vectors.minus(point, mean);
        double[] y = new double[axes.length];
        for (int k = 0; k < axes.length; k++) {
            y[k] = Vectors.dot(axes[k], centred);
        }
        return y;
    }

    /** The components of a vector along the axes, without subtracting the mean. */
    double[] components(double[] v) {
        double[] y = new double[axes.length];
        for (int k = 0; k < axes.length; k++) {
            y[k] = Vectors.dot(axes[k], v);
        }
        return y;
    }

    /** The direction {@code d} with its part outside the subspace removed. */
    double[] project(double[] direction) {
        double[] out = new double[direction.length];
        for (double[] axis : axes) {
            Vectors.addScaled(out, Vectors.dot(axis, direction), axis);
        }
        return out;
    }

    /** The direction with coordinates {@code y} along the axes. */
    double[] direction(double[] y) {
        double[] out = new double[mean.length];
        for (int k = 0; k < axes.length; k++) {
            Vectors.addScaled(out, y[k], axes[k]);
        }
        return out;
    }

    /** {@link #direction} of each row. */
    double[][] directions(double[][] coordinates) {
        double[][] rows = new double[coordinates.length][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = direction(coordinates[i]);
        }
        return rows;
    }
}
