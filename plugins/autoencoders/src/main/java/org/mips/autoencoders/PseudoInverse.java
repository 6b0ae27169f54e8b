package org.mips.autoencoders;

/**
 * The pseudo-inverse of a symmetric positive semi-definite matrix, ignoring its negligible directions.
 * EJML's own pseudo-inverse solver sets its threshold relative to the machine epsilon and the matrix size;
 * the fits here need the fixed relative tolerance below, so the inverse is assembled from EJML's
 * eigendecomposition.
 */
final class PseudoInverse {

    /** Directions with eigenvalue below this fraction of the largest are treated as absent. */
    static final double RELATIVE_TOLERANCE = 1e-9;

    private PseudoInverse() {
    }

    static double[][] ofSymmetric(double[][] matrix) {
        int p = matrix.length;
        SymmetricSpectrum spectrum = SymmetricSpectrum.of(matrix);
        double[] s = spectrum.values();
        double[][] inverse = new double[p][p];
        for (int k = 0; k < s.length; k++) {
            if (!(s[k] > RELATIVE_TOLERANCE * s[0])) {
                break; // eigenvalues come sorted decreasing
            }
            double[] column = spectrum.vectors()[k];
            for (int i = 0; i < p; i++) {
                Vectors.addScaled(inverse[i], column[i] / s[k], column);
            }
        }
        return inverse;
    }
}
