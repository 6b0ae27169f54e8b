package org.mips.normalizers;

import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.mips.spi.network.Network;
import org.mips.spi.task.SequenceBatch;

/** Statistics of the hidden states a network visits on sample inputs. */
final class HiddenStates {

    private HiddenStates() {
    }

    /**
     * The uncentred second moment {@code (1/N) sum h h^T} over every state {@code h_t} of every
     * sequence (reference section 4.1), or empty when the sample has no steps.
     *
     * @throws IllegalArgumentException if the inputs' dimension is not the network's
     */
    static Optional<SimpleMatrix> secondMoment(Network network, SequenceBatch inputs) {
        if (inputs.dimension() != network.taskInputs()) {
            throw new IllegalArgumentException("inputs of dimension " + inputs.dimension()
                    + " for a network with " + network.taskInputs() + " input columns");
        }
        long states = (long) inputs.count() * inputs.length();
        if (states == 0) {
            return Optional.empty();
        }
        int n = network.hiddenDim();
        double[][] sum = new double[n][n];
        long[] x = new long[inputs.dimension()];
        for (int s = 0; s < inputs.count(); s++) {
            double[] h = new double[n];
            for (int t = 0; t < inputs.length(); t++) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = inputs.get(s, t, i);
                }
                h = network.advance(h, x);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        sum[i][j] += h[i] * h[j];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                sum[i][j] /= states;
                sum[j][i] = sum[i][j];
            }
        }
        return Optional.of(new SimpleMatrix(sum));
    }
}
