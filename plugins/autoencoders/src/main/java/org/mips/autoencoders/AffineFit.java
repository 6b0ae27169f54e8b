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
        double[][] inputs = new double[codes.length][];
        for (int p = 0; p < codes.length; p++) {
            inputs[p] = Arrays.stream(codes[p]).asDoubleStream().toArray();
        }
        return regress(inputs, points);
    }

    /** The least-squares fit of {@code targets[p] ~ origin + inputs[p] rows}, for real inputs. */
    static AffineFit regress(double[][] inputs, double[][] targets) {
        int r = inputs[0].length;
        double[][] design = new double[inputs.length][r + 1];
        for (int p = 0; p < inputs.length; p++) {
            design[p][0] = 1;
            System.arraycopy(inputs[p], 0, design[p], 1, r);
        }
        double[][] solution = LeastSquares.weights(design, targets);
        return new AffineFit(solution[0], Arrays.copyOfRange(solution, 1, r + 1));
    }

    /** The fitted value for one input: {@code origin + input rows}. */
    double[] apply(double[] input) {
        double[] out = origin.clone();
        for (int i = 0; i < input.length; i++) {
            Vectors.addScaled(out, input[i], rows[i]);
        }
        return out;
    }
}
