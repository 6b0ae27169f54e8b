package org.mips.autoencoders;

import java.util.Arrays;

/**
 * The least-squares affine map from integer codes to hidden states, {@code h ~ origin + sum_i z_i rows_i}.
 * Fitted over all states, it averages away the noise of the few states a basis was first built from.
 *
 * @param origin the hidden vector of the zero code
 * @param rows   the displacement of each unit step of a code coordinate
 */
record AffineFit(double[] origin, double[][] rows) {

    /** The fit of {@code points[p] ~ origin + codes[p] rows}; directions the codes never vary in get zero rows. */
    static AffineFit of(long[][] codes, double[][] points) {
        int r = codes[0].length;
        int n = points[0].length;
        double[][] gram = new double[r + 1][r + 1];
        double[][] cross = new double[r + 1][n];
        double[] design = new double[r + 1];
        for (int p = 0; p < points.length; p++) {
            design[0] = 1;
            for (int i = 0; i < r; i++) {
                design[i + 1] = codes[p][i];
            }
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= r; j++) {
                    gram[i][j] += design[i] * design[j];
                }
                Vectors.addScaled(cross[i], design[i], points[p]);
            }
        }
        double[][] inverse = PseudoInverse.ofSymmetric(gram);
        double[][] solution = new double[r + 1][n];
        for (int i = 0; i <= r; i++) {
            for (int k = 0; k <= r; k++) {
                Vectors.addScaled(solution[i], inverse[i][k], cross[k]);
            }
        }
        return new AffineFit(solution[0], Arrays.copyOfRange(solution, 1, r + 1));
    }
}
