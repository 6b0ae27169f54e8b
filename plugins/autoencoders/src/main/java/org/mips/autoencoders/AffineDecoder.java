package org.mips.autoencoders;

/**
 * The least-squares affine map from hidden states to one integer signal, {@code value ~ weights . h + bias},
 * and the largest miss on the states it was fitted to.
 */
record AffineDecoder(double[] weights, double bias, double maxError) {

    AffineDecoder {
        weights = weights.clone();
    }

    static AffineDecoder fit(double[][] points, double[] values) {
        int n = points[0].length;
        double[][] gram = new double[n + 1][n + 1];
        double[] cross = new double[n + 1];
        double[] design = new double[n + 1];
        for (int p = 0; p < points.length; p++) {
            System.arraycopy(points[p], 0, design, 0, n);
            design[n] = 1;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    gram[i][j] += design[i] * design[j];
                }
                cross[i] += design[i] * values[p];
            }
        }
        double[][] inverse = PseudoInverse.ofSymmetric(gram);
        double[] solution = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k <= n; k++) {
                solution[i] += inverse[i][k] * cross[k];
            }
        }
        double[] weights = java.util.Arrays.copyOf(solution, n);
        double maxError = 0;
        for (int p = 0; p < points.length; p++) {
            double miss = Math.abs(Vectors.dot(weights, points[p]) + solution[n] - values[p]);
            maxError = Math.max(maxError, Double.isNaN(miss) ? Double.POSITIVE_INFINITY : miss);
        }
        return new AffineDecoder(weights, solution[n], maxError);
    }
}
