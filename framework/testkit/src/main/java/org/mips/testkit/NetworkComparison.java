package org.mips.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** Checks that two networks compute the same function, and that a network's weights are usable. */
public final class NetworkComparison {

    private NetworkComparison() {
    }

    /**
     * The first input sequence on which the outputs differ by more than {@code relativeTolerance} times
     * the sequence's largest output magnitude (at least 1), described for a test report; empty if
     * there is none.
     */
    public static Optional<String> firstDifference(Network expected, Network actual, List<long[][]> inputs,
            double relativeTolerance) {
        for (long[][] input : inputs) {
            double[][] want = expected.run(input);
            double[][] got = actual.run(input);
            double scale = 1;
            for (double[] step : want) {
                for (double y : step) {
                    scale = Math.max(scale, Math.abs(y));
                }
            }
            for (int t = 0; t < want.length; t++) {
                for (int k = 0; k < want[t].length; k++) {
                    if (!(Math.abs(want[t][k] - got[t][k]) <= relativeTolerance * scale)) {
                        return Optional.of("on input " + Arrays.deepToString(input) + " output " + k + " at step " + t
                                + " is " + got[t][k] + " instead of " + want[t][k] + " (scale " + scale + ")");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A description of the first non-finite weight or bias, or empty if all are finite. */
    public static Optional<String> firstNonFinite(Network network) {
        for (String part : List.of("transition", "readout")) {
            List<DenseLayer> layers = part.equals("transition") ? network.transition() : network.readout();
            for (int l = 0; l < layers.size(); l++) {
                DenseLayer layer = layers.get(l);
                for (int k = 0; k < layer.weights().length; k++) {
                    if (!Double.isFinite(layer.weights()[k])) {
                        return Optional.of(part + " layer " + l + " weight " + k + " is " + layer.weights()[k]);
                    }
                }
                for (int k = 0; k < layer.bias().length; k++) {
                    if (!Double.isFinite(layer.bias()[k])) {
                        return Optional.of(part + " layer " + l + " bias " + k + " is " + layer.bias()[k]);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
