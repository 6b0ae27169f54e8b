package org.mips.core.simplify;

import java.util.List;
import java.util.stream.IntStream;
import org.mips.core.linalg.SymmetricEigen;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.task.Split;

/**
 * How simple a network is and whether it still works (reference section 4, "Harness"), measured the
 * same way before and after every normalizer.
 *
 * @param parameters         weights and biases
 * @param nonZero            parameters that are not exactly 0
 * @param integers           parameters that are exactly an integer, 0 included
 * @param effectiveHiddenDim directions of the hidden space the data uses: singular values of the
 *                           hidden states (root mean square along each principal direction, over
 *                           every step of up to {@value #STATE_SAMPLE} held-out sequences) above 0.01
 * @param accuracy           fraction of held-out outputs whose rounded value equals the target
 * @param wrong              held-out outputs that do not
 */
public record NetworkMetrics(int parameters, int nonZero, int integers, int effectiveHiddenDim, double accuracy, long wrong) {

    static final int STATE_SAMPLE = 2048;
    static final double DIMENSION_THRESHOLD = 0.01;

    public boolean perfect() {
        return wrong == 0;
    }

    /** Measures {@code network} on the held-out split {@code heldOut}. */
    public static NetworkMetrics measure(Network network, Split heldOut) {
        int parameters = 0;
        int nonZero = 0;
        int integers = 0;
        for (List<DenseLayer> mlp : List.of(network.transition(), network.readout())) {
            for (DenseLayer layer : mlp) {
                for (double[] values : new double[][] {layer.weights(), layer.bias()}) {
                    for (double value : values) {
                        parameters++;
                        nonZero += value != 0 ? 1 : 0;
                        integers += Math.rint(value) == value ? 1 : 0;
                    }
                }
            }
        }
        long wrong = wrongOutputs(network, heldOut);
        double outputs = (double) heldOut.count() * heldOut.y().length() * heldOut.y().dimension();
        return new NetworkMetrics(parameters, nonZero, integers, effectiveHiddenDim(network, heldOut),
                outputs == 0 ? 1 : 1 - wrong / outputs, wrong);
    }

    /** Counts, in parallel over sequences, outputs whose value rounded half to even misses the target. */
    private static long wrongOutputs(Network network, Split split) {
        return IntStream.range(0, split.count()).parallel().mapToLong(s -> {
            double[][] y = network.run(split.x().sequence(s));
            long wrong = 0;
            for (int t = 0; t < y.length; t++) {
                for (int k = 0; k < y[t].length; k++) {
                    wrong += Math.rint(y[t][k]) == split.y().get(s, t, k) ? 0 : 1;
                }
            }
            return wrong;
        }).sum();
    }

    private static int effectiveHiddenDim(Network network, Split split) {
        int n = network.hiddenDim();
        double[][] moment = new double[n][n];
        long states = 0;
        int sequences = Math.min(STATE_SAMPLE, split.count());
        long[] x = new long[network.taskInputs()];
        for (int s = 0; s < sequences; s++) {
            double[] h = new double[n];
            for (int t = 0; t < split.x().length(); t++) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = split.x().get(s, t, i);
                }
                h = network.advance(h, x);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        moment[i][j] += h[i] * h[j];
                    }
                }
                states++;
            }
        }
        if (states == 0) {
            return 0;
        }
        int dimension = 0;
        for (double eigenvalue : SymmetricEigen.values(scale(moment, 1.0 / states))) {
            dimension += Math.sqrt(Math.max(0, eigenvalue)) > DIMENSION_THRESHOLD ? 1 : 0;
        }
        return dimension;
    }

    private static double[][] scale(double[][] matrix, double factor) {
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return matrix;
    }
}
