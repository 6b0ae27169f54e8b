package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.training.Loss;
import org.mips.testkit.ContractDatasets;

/**
 * Both hand-written float32 kernels against central finite differences of the loss computed in
 * double precision by the SPI's {@link Network}, the reference forward semantics: so the test
 * checks each kernel's forward pass and loss against the SPI as well as its gradient, for scalar
 * outputs (the paper's loss) and categorical ones (softmax cross-entropy).
 */
class BpttGradientTest {

    /** A kernel under test, made for a layout, sequence length and block size. */
    interface KernelFactory {
        Kernel create(Layout layout, int length, int lanes);
    }

    static Stream<Arguments> kernels() {
        return Stream.of(Arguments.of("portable", (KernelFactory) Bptt::new),
                Arguments.of("vector", (KernelFactory) VectorBptt::new));
    }

    @Test
    void theVectorKernelIsTheOneTheseTestsRun() {
        // The module is added by this module's surefire configuration, as bin/mips adds it.
        assertTrue(Kernel.VectorSupport.AVAILABLE);
        assertInstanceOf(VectorBptt.class, Kernel.create(new Layout(Architecture.linear(2), 1, 1), 4, 8));
    }

    private static void check(KernelFactory kernels, Architecture architecture, Loss loss, long seed) {
        // 45 training sequences in blocks of 20: a block boundary, and SIMD groups cut short.
        check(kernels, architecture, Encodings.scalar(2, 1), ContractDatasets.xor(57, seed).train(), loss, seed);
    }

    private static void check(KernelFactory kernels, Architecture architecture, Encodings encodings, Split split, Loss loss,
            long seed) {
        SequenceData train = SequenceData.of(split, encodings);
        Layout layout = new Layout(architecture, encodings);
        double[] initial = Initializer.initialize(layout, seed);
        float[] params = new float[layout.size];
        double[] exact = new double[layout.size];
        for (int k = 0; k < params.length; k++) {
            // Spread the weights so that ReLU units are both on and off; keep them exact in float.
            params[k] = (float) (2 * initial[k]);
            exact[k] = params[k];
        }
        Kernel bptt = kernels.create(layout, train.length, 20);
        double[] analytic = new double[layout.size];
        int[] rows = IntStream.range(0, train.count).toArray();
        double kernelLoss = 0;
        for (int first = 0; first < train.count; first += bptt.lanes()) {
            kernelLoss += bptt.lossAndGradient(params, train, rows, first, Math.min(bptt.lanes(), train.count - first), loss, 1.0,
                    analytic, true);
        }
        double reference = referenceLoss(layout.toNetwork(exact), split, loss);
        assertEquals(reference, kernelLoss, 1e-5 * Math.max(1, reference), architecture.toText() + " " + loss + " loss");
        for (int k = 0; k < layout.size; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(exact[k]));
            double saved = exact[k];
            exact[k] = saved + h;
            double plus = referenceLoss(layout.toNetwork(exact), split, loss);
            exact[k] = saved - h;
            double minus = referenceLoss(layout.toNetwork(exact), split, loss);
            exact[k] = saved;
            double numeric = (plus - minus) / (2 * h);
            assertEquals(numeric, analytic[k], 1e-4 * Math.max(1, Math.abs(numeric)),
                    architecture.toText() + " " + encodings.describe() + " " + loss + " parameter " + k);
        }
    }

    /**
     * The summed loss by the SPI's double-precision forward pass: the paper's loss on a scalar output,
     * {@code ln sum_i e^{z_i} - z_target} on a categorical one's logits.
     */
    private static double referenceLoss(Network network, Split split, Loss loss) {
        List<OutputCode> codes = network.encodings().outputs();
        double sum = 0;
        for (int s = 0; s < split.count(); s++) {
            long[][] x = split.x().sequence(s);
            double[] h = new double[network.hiddenDim()];
            for (int t = 0; t < x.length; t++) {
                h = network.advance(h, x[t]);
                double[] y = network.output(h);
                for (int c = 0, at = 0; c < codes.size(); at += codes.get(c).width(), c++) {
                    long target = split.y().get(s, t, c);
                    if (codes.get(c) instanceof OutputCode.Categorical categorical) {
                        double partition = 0;
                        for (int i = 0; i < categorical.width(); i++) {
                            partition += Math.exp(y[at + i]);
                        }
                        sum += Math.log(partition) - y[at + categorical.classOf(target)];
                    } else {
                        sum += loss.value(y[at] - target);
                    }
                }
            }
        }
        return sum;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void linearRecurrenceLinearReadout(String name, KernelFactory kernels) {
        check(kernels, Architecture.linear(3), Loss.LOG, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void nonlinearReadout(String name, KernelFactory kernels) {
        check(kernels, new Architecture(2, 1, 0, 2, 4, Activation.RELU), Loss.LOG, 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void deepTransitionAndReadout(String name, KernelFactory kernels) {
        check(kernels, new Architecture(3, 3, 5, 2, 4, Activation.RELU), Loss.MSE, 3);
        check(kernels, new Architecture(4, 2, 6, 3, 3, Activation.RELU), Loss.LOG, 4);
    }

    /** Wide layers use the four-at-a-time paths of the vector kernel, with remainders. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void wideLayers(String name, KernelFactory kernels) {
        check(kernels, new Architecture(6, 2, 9, 2, 7, Activation.RELU), Loss.LOG, 5);
    }

    /** A categorical readout on one-hot inputs, softmax cross-entropy over its logits. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void categoricalOutputOnOneHotInputs(String name, KernelFactory kernels) {
        Split split = EncodedData.mod3(57, 6, 7).train();
        check(kernels, Architecture.linear(3), EncodedData.mod3Encodings(), split, Loss.LOG, 7);
        check(kernels, new Architecture(6, 2, 9, 2, 7, Activation.RELU), EncodedData.mod3Encodings(), split, Loss.LOG, 8);
    }

    /** A categorical and a scalar output side by side, each with its own loss; one-hot and raw inputs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void categoricalBesideScalarOutputs(String name, KernelFactory kernels) {
        Split split = EncodedData.mixed(57, 6, 9).train();
        check(kernels, new Architecture(4, 2, 6, 2, 5, Activation.RELU), EncodedData.mixedEncodings(), split, Loss.LOG, 9);
        check(kernels, new Architecture(3, 1, 0, 3, 4, Activation.RELU), EncodedData.mixedEncodings(), split, Loss.MSE, 10);
    }

    /** The two kernels agree on a categorical network's logits, summed loss and gradient. */
    @Test
    void kernelsAgreeOnACategoricalNetwork() {
        Split split = EncodedData.mixed(100, 12, 11).train();
        Encodings encodings = EncodedData.mixedEncodings();
        SequenceData data = SequenceData.of(split, encodings);
        Layout layout = new Layout(new Architecture(5, 2, 8, 2, 6, Activation.RELU), encodings);
        float[] params = floats(Initializer.initialize(layout, 11));
        int[] rows = IntStream.range(0, data.count).toArray();
        Kernel portable = new Bptt(layout, data.length, 128);
        Kernel vector = new VectorBptt(layout, data.length, 128);
        double[] portableGradient = new double[layout.size];
        double[] vectorGradient = new double[layout.size];
        double portableLoss = portable.lossAndGradient(params, data, rows, 0, data.count, Loss.LOG, 1e-3, portableGradient, true);
        double vectorLoss = vector.lossAndGradient(params, data, rows, 0, data.count, Loss.LOG, 1e-3, vectorGradient, true);
        assertEquals(portableLoss, vectorLoss, 1e-5 * portableLoss);
        for (int k = 0; k < layout.size; k++) {
            assertEquals(portableGradient[k], vectorGradient[k], 1e-5 * Math.max(1e-2, Math.abs(portableGradient[k])), "parameter " + k);
        }
        portable.forward(params, data, rows, 0, data.count);
        vector.forward(params, data, rows, 0, data.count);
        for (int lane = 0; lane < data.count; lane++) {
            for (int t = 0; t < data.length; t++) {
                for (int j = 0; j < layout.outputDim; j++) {
                    float expected = portable.output(t, j, lane);
                    assertEquals(expected, vector.output(t, j, lane), 1e-5 * Math.max(1, Math.abs(expected)));
                    assertEquals(portable.target(t, j, lane), vector.target(t, j, lane));
                }
            }
        }
    }

    private static float[] floats(double[] values) {
        float[] floats = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            floats[k] = (float) values[k];
        }
        return floats;
    }

    /** The two kernels give the same outputs, up to float rounding, for each way rows are stored. */
    @Test
    void kernelsAgreeOnOutputs() {
        Split xor = ContractDatasets.xor(100, 6).train();
        agree(xor, 1e-5);
        // Rows shorter than a vector of 16-bit integers (3 steps of 2 inputs and 1 target).
        agree(truncated(xor, 3), 1e-5);
        // Values beyond 16 bits, stored as floats; intermediate sums near 1e4 leave rounding near 1e-3.
        long[] big = new long[xor.count() * xor.x().length() * 2];
        for (int v = 0; v < big.length; v++) {
            big[v] = xor.x().get(v / 20, v % 20 / 2, v % 2) * 40_000 - 20_000;
        }
        agree(new Split(new SequenceBatch(xor.count(), xor.x().length(), 2, big), xor.y()), 1e-2);
    }

    /** The first {@code length} steps of every sequence. */
    private static Split truncated(Split split, int length) {
        long[] x = new long[split.count() * length * 2];
        long[] y = new long[split.count() * length];
        for (int n = 0; n < split.count(); n++) {
            for (int t = 0; t < length; t++) {
                x[(n * length + t) * 2] = split.x().get(n, t, 0);
                x[(n * length + t) * 2 + 1] = split.x().get(n, t, 1);
                y[n * length + t] = split.y().get(n, t, 0);
            }
        }
        return new Split(new SequenceBatch(split.count(), length, 2, x), new SequenceBatch(split.count(), length, 1, y));
    }

    private static void agree(Split split, double tolerance) {
        SequenceData data = SequenceData.of(split);
        Layout layout = new Layout(new Architecture(5, 2, 8, 2, 6, Activation.RELU), 2, 1);
        double[] initial = Initializer.initialize(layout, 6);
        float[] params = new float[layout.size];
        for (int k = 0; k < params.length; k++) {
            params[k] = (float) initial[k];
        }
        int[] rows = IntStream.range(0, data.count).toArray();
        Kernel portable = new Bptt(layout, data.length, 128);
        Kernel vector = new VectorBptt(layout, data.length, 128);
        portable.forward(params, data, rows, 0, data.count);
        vector.forward(params, data, rows, 0, data.count);
        for (int lane = 0; lane < data.count; lane++) {
            for (int t = 0; t < data.length; t++) {
                float expected = portable.output(t, 0, lane);
                assertEquals(expected, vector.output(t, 0, lane), tolerance * Math.max(1, Math.abs(expected)), "lane " + lane + " step " + t);
                assertEquals(split.y().get(lane, t, 0), vector.target(t, 0, lane), "lane " + lane + " step " + t);
                assertEquals(split.y().get(lane, t, 0), portable.target(t, 0, lane), "lane " + lane + " step " + t);
            }
        }
    }
}
