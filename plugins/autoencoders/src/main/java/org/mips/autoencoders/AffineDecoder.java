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
        double[][] targets = new double[values.length][];
        for (int p = 0; p < values.length; p++) {
            targets[p] = new double[] {values[p]};
        }
        AffineFit fit = AffineFit.regress(points, targets);
        double[] weights = new double[points[0].length];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = fit.rows()[j][0];
        }
        double maxError = 0;
        for (int p = 0; p < points.length; p++) {
            double miss = Math.abs(fit.apply(points[p])[0] - values[p]);
            maxError = Math.max(maxError, Double.isNaN(miss) ? Double.POSITIVE_INFINITY : miss);
        }
        return new AffineDecoder(weights, fit.origin()[0], maxError);
    }
}
