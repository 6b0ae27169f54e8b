package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;
import org.mips.spi.training.Loss;

/**
 * The hand-written float32 backward pass against central finite differences of the loss computed in
 * double precision by the SPI's {@link Network#run}, the reference forward semantics: so the test
 * checks our forward pass against the SPI as well as our gradient.
 */
class BpttGradientTest {

    private static void check(Architecture architecture, Loss loss, long seed) {
        Dataset data = TestData.xor(6, seed);
        Split split = data.train();
        SequenceData train = new SequenceData(split);
        Layout layout = new Layout(architecture, 2, 1);
        double[] initial = Initializer.initialize(layout, seed);
        float[] params = new float[layout.size];
        double[] exact = new double[layout.size];
        for (int k = 0; k < params.length; k++) {
            // Spread the weights so that ReLU units are both on and off; keep them exact in float.
            params[k] = (float) (2 * initial[k]);
            exact[k] = params[k];
        }
        // Fewer lanes than sequences, so that a block boundary is crossed too.
        Bptt bptt = new Bptt(layout, train.length, 3);
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

    @Test
    void linearRecurrenceLinearReadout() {
        check(Architecture.linear(3), Loss.LOG, 1);
    }

    @Test
    void nonlinearReadout() {
        check(new Architecture(2, 1, 0, 2, 4, Activation.RELU), Loss.LOG, 2);
    }

    @Test
    void deepTransitionAndReadout() {
        check(new Architecture(3, 3, 5, 2, 4, Activation.RELU), Loss.MSE, 3);
        check(new Architecture(4, 2, 6, 3, 3, Activation.RELU), Loss.LOG, 4);
    }
}
