package org.mips.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * Networks every normalizer must handle: random ones of many shapes, initialised like PyTorch's
 * {@code nn.Linear} as training starts them, and hand-made ones with the spectra that make linear
 * algebra fragile (a Jordan block, a rotation, a nilpotent shift, a zero recurrence, repeated
 * eigenvalues, weights large enough to trip the 1e4 guard). Each call builds fresh, equal networks.
 */
public final class ContractNetworks {

    private static final int RANDOM_NETWORKS = 30;
    private static final long SEED = 20_260_214L;

    /** A network and the name a test report shows for it. */
    public record Case(String name, Network network) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ContractNetworks() {
    }

    /** The hand-made networks, then the random ones, in a fixed order. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(handMade());
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < RANDOM_NETWORKS; i++) {
            int n = 1 + i % 6;
            int depth = 1 + random.nextInt(3);
            int width = 1 + random.nextInt(8);
            int readoutDepth = 1 + random.nextInt(2);
            int readoutWidth = 1 + random.nextInt(8);
            Architecture architecture = new Architecture(n, depth, width, readoutDepth, readoutWidth, Activation.RELU);
            int inputDim = 1 + random.nextInt(2);
            int outputDim = 1 + random.nextInt(2);
            cases.add(new Case("random " + architecture.toText() + " in " + inputDim + " out " + outputDim + " #" + i,
                    random(architecture, inputDim, outputDim, random.nextLong())));
        }
        return cases;
    }

    /** Networks with known, awkward transition spectra. */
    public static List<Case> handMade() {
        Network zeroRecurrence = random(new Architecture(3, 2, 4, 2, 3, Activation.RELU), 1, 1, 7);
        DenseLayer first = zeroRecurrence.transition().get(0);
        double[] weights = first.weights().clone();
        for (int r = 0; r < first.rows(); r++) {
            for (int c = 0; c < 3; c++) {
                weights[r * first.cols() + c] = 0;
            }
        }
        zeroRecurrence = new Network(zeroRecurrence.architecture(), 1, 1,
                List.of(new DenseLayer(first.rows(), first.cols(), weights, first.bias()), zeroRecurrence.transition().get(1)),
                zeroRecurrence.readout());
        double cos = 0.9 * Math.cos(Math.PI / 3);
        double sin = 0.9 * Math.sin(Math.PI / 3);
        return List.of(
                new Case("delay line (nilpotent shift)", delayLine()),
                new Case("Jordan block at 1 (counter of counts)", linear(
                        new double[][] {{1, 1}, {0, 1}}, new double[][] {{0}, {1}}, new double[] {0, 0},
                        new double[][] {{1, 0}}, new double[] {0})),
                new Case("rotation-scaling pair", linear(
                        new double[][] {{cos, -sin}, {sin, cos}}, new double[][] {{1}, {0}}, new double[] {0.5, 0},
                        new double[][] {{1, 1}}, new double[] {0})),
                new Case("identity recurrence (two counters)", linear(
                        new double[][] {{1, 0}, {0, 1}}, new double[][] {{1, 0}, {2, 1}}, new double[] {0, 1},
                        new double[][] {{1, -1}, {0, 1}}, new double[] {0, 0})),
                new Case("zero recurrence, two layers", zeroRecurrence),
                new Case("all weights zero", linear(
                        new double[][] {{0, 0}, {0, 0}}, new double[][] {{0}, {0}}, new double[] {0, 0},
                        new double[][] {{0, 0}}, new double[] {0})),
                new Case("large weights", scaled(random(new Architecture(3, 1, 0, 2, 4, Activation.RELU), 1, 1, 11), 3000)));
    }

    /**
     * The delay line {@code h' = (h_2, h_3, x)}, {@code y = h_1}: outputs the input of two steps ago.
     * Its transition is the nilpotent shift (ones on the superdiagonal).
     */
    public static Network delayLine() {
        return linear(new double[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, new double[][] {{0}, {0}, {1}},
                new double[] {0, 0, 0}, new double[][] {{1, 0, 0}}, new double[] {0});
    }

    /**
     * A network with one transition and one readout layer: {@code h' = W_h h + W_x x + b},
     * {@code y = V h + c}. Rows of the arrays are rows of the matrices.
     */
    public static Network linear(double[][] wh, double[][] wx, double[] b, double[][] v, double[] c) {
        int n = wh.length;
        int inputDim = wx[0].length;
        double[][] transition = new double[n][];
        for (int r = 0; r < n; r++) {
            transition[r] = new double[n + inputDim];
            System.arraycopy(wh[r], 0, transition[r], 0, n);
            System.arraycopy(wx[r], 0, transition[r], n, inputDim);
        }
        return new Network(Architecture.linear(n), inputDim, v.length, List.of(layer(transition, b)), List.of(layer(v, c)));
    }

    /** Weights and biases drawn uniformly from {@code +-1/sqrt(fan_in)}, as {@code nn.Linear} does. */
    public static Network random(Architecture architecture, int inputDim, int outputDim, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = architecture.hiddenDim();
        return new Network(architecture, inputDim, outputDim,
                mlp(architecture.transitionDepth(), n + inputDim, architecture.transitionWidth(), n, random),
                mlp(architecture.readoutDepth(), n, architecture.readoutWidth(), outputDim, random));
    }

    /** Every weight and bias of {@code network}, transition layers first, each layer's weights before its bias. */
    public static double[] parameters(Network network) {
        List<Double> all = new ArrayList<>();
        for (List<DenseLayer> layers : List.of(network.transition(), network.readout())) {
            for (DenseLayer layer : layers) {
                for (double w : layer.weights()) {
                    all.add(w);
                }
                for (double b : layer.bias()) {
                    all.add(b);
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code count} integer sequences with values in [-3, 3] and lengths 0 to {@code maxLength}. */
    public static List<long[][]> randomSequences(int inputDim, int count, int maxLength, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[][]> sequences = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            long[][] steps = new long[random.nextInt(maxLength + 1)][inputDim];
            for (long[] step : steps) {
                for (int i = 0; i < inputDim; i++) {
                    step[i] = random.nextInt(-3, 4);
                }
            }
            sequences.add(steps);
        }
        return sequences;
    }

    private static List<DenseLayer> mlp(int depth, int in, int width, int out, SplittableRandom random) {
        List<DenseLayer> layers = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            int cols = l == 0 ? in : width;
            int rows = l == depth - 1 ? out : width;
            double bound = 1 / Math.sqrt(cols);
            double[] weights = new double[rows * cols];
            double[] bias = new double[rows];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = random.nextDouble(-bound, bound);
            }
            for (int k = 0; k < rows; k++) {
                bias[k] = random.nextDouble(-bound, bound);
            }
            layers.add(new DenseLayer(rows, cols, weights, bias));
        }
        return layers;
    }

    private static Network scaled(Network network, double factor) {
        List<DenseLayer> transition = network.transition().stream().map(l -> scaled(l, factor)).toList();
        return network.withLayers(transition, network.readout());
    }

    private static DenseLayer scaled(DenseLayer layer, double factor) {
        double[] weights = layer.weights().clone();
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= factor;
        }
        return new DenseLayer(layer.rows(), layer.cols(), weights, layer.bias().clone());
    }

    private static DenseLayer layer(double[][] rows, double[] bias) {
        int cols = rows[0].length;
        double[] weights = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, weights, r * cols, cols);
        }
        return new DenseLayer(rows.length, cols, weights, bias.clone());
    }
}
