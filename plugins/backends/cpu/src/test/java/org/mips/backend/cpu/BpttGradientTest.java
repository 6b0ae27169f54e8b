package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * double precision by the SPI's {@link Network#run}, the reference forward semantics: so the test
 * checks each kernel's forward pass against the SPI as well as its gradient.
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
        Dataset data = ContractDatasets.xor(57, seed);
        Split split = data.train();
        SequenceData train = SequenceData.of(split);
        Layout layout = new Layout(architecture, 2, 1);
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
        for (int first = 0; first < train.count; first += bptt.lanes()) {
            bptt.lossAndGradient(params, train, rows, first, Math.min(bptt.lanes(), train.count - first), loss, 1.0, analytic, true);
        }
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
                    architecture.toText() + " " + loss + " parameter " + k);
        }
    }

    /** The summed loss by the SPI's double-precision forward pass. */
    private static double referenceLoss(Network network, Split split, Loss loss) {
        double sum = 0;
        for (int s = 0; s < split.count(); s++) {
            double[][] y = network.run(split.x().sequence(s));
            for (int t = 0; t < y.length; t++) {
                for (int j = 0; j < y[t].length; j++) {
                    sum += loss.value(y[t][j] - split.y().get(s, t, j));
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
