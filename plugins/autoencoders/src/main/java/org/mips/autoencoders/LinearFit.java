package org.mips.autoencoders;

/**
 * Step 1 of the linear lattice finder (reference section 5.2a): the least-squares affine update
 * {@code y_t = y_{t-1} P + x_t Q + c} fitted with intercept over every row of the trace (the reference
 * fitted only each sequence's last step). States are given by their components along the axes of their
 * principal subspace, so directions without spread cannot make the fit singular; the components are not
 * centred, so that c is the update's own constant (the states include {@code h = 0}, so the subspace
 * passes through the origin) and {@code c P^k} can serve as lattice directions like the inputs'.
 *
 * @param transition P, {@code r x r}: row i is the effect of coordinate i of the previous state
 * @param input      Q, {@code d x r}: row c is the effect of input column c
 * @param intercept  c, the constant part of every update
 * @param unexplained the root-mean-square error of the fit relative to the spread of {@code y_t}
 */
record LinearFit(double[][] transition, double[][] input, double[] intercept, double unexplained) {

    static LinearFit of(TraceStates states, Subspace subspace) {
        int rows = states.rows();
        int d = states.trace().inputDim();
        int r = subspace.rank();
        int p = d + r;
        double[][] features = new double[rows][];
        double[][] targets = new double[rows][];
        double[] featureMean = new double[p];
        double[] targetMean = new double[r];
        for (int row = 0; row < rows; row++) {
            double[] f = new double[p];
            long[] x = states.input(row);
            for (int c = 0; c < d; c++) {
                f[c] = x[c];
            }
            System.arraycopy(subspace.components(states.previous(row)), 0, f, d, r);
            features[row] = f;
            targets[row] = subspace.components(states.next(row));
            Vectors.addScaled(featureMean, 1.0 / rows, f);
            Vectors.addScaled(targetMean, 1.0 / rows, targets[row]);
        }
        double[][] centredFeatures = new double[rows][];
        double[][] centredTargets = new double[rows][];
        for (int row = 0; row < rows; row++) {
            centredFeatures[row] = Vectors.minus(features[row], featureMean);
            centredTargets[row] = Vectors.minus(targets[row], targetMean);
        }
        double[][] weights = LeastSquares.weights(centredFeatures, centredTargets);
        double[] intercept = targetMean.clone();
        for (int i = 0; i < p; i++) {
            Vectors.addScaled(intercept, -featureMean[i], weights[i]);
        }
        double[][] input = new double[d][];
        double[][] transition = new double[r][];
        for (int i = 0; i < p; i++) {
            if (i < d) {
                input[i] = weights[i];
            } else {
                transition[i - d] = weights[i];
            }
        }
        double error = 0;
        double spread = 0;
        for (int row = 0; row < rows; row++) {
            double[] predicted = intercept.clone();
            for (int i = 0; i < p; i++) {
                Vectors.addScaled(predicted, features[row][i], weights[i]);
            }
            error += Vectors.distanceSquared(predicted, targets[row]);
            spread += Vectors.distanceSquared(targetMean, targets[row]);
        }
        return new LinearFit(transition, input, intercept, spread > 0 ? Math.sqrt(error / spread) : 0);
    }

    /** {@code v P}. */
    double[] step(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            Vectors.addScaled(out, v[i], transition[i]);
        }
        return out;
    }
}
