package org.mips.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mips.spi.represent.HiddenTrace;

/**
 * Runs a machine over random input sequences as a recurrent network would, writing one row
 * {@code (h_{t-1}, x_t) -> h_t -> y_t} per step: the network starts every sequence at {@code h = 0}, each
 * state is shown at its embedding plus Gaussian noise, and a row's {@code h_{t-1}} is exactly the
 * previous row's {@code h_t}.
 */
final class TraceRecorder {

    /** What to simulate. */
    record Machine(long[] initial, int inputDim, int inputMax, BiFunction<long[], long[], long[]> step,
            Function<long[], double[]> embedding, Function<long[], double[]> output) {
    }

    private TraceRecorder() {
    }

    static SyntheticTrace record(String name, Machine machine, int hiddenDim, double noise, int sequences, int length,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = sequences * length;
        double[] previous = new double[rows * hiddenDim];
        long[] inputs = new long[rows * machine.inputDim()];
        double[] next = new double[rows * hiddenDim];
        double[] firstOutput = machine.output().apply(machine.initial());
        int outputDim = firstOutput.length;
        double[] outputs = new double[rows * outputDim];
        int[] steps = new int[rows];
        long[][] previousTruth = new long[rows][];
        long[][] nextTruth = new long[rows][];
        int row = 0;
        for (int s = 0; s < sequences; s++) {
            long[] state = machine.initial();
            double[] h = new double[hiddenDim];
            for (int t = 0; t < length; t++, row++) {
                long[] x = new long[machine.inputDim()];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextInt(machine.inputMax() + 1);
                }
                long[] after = machine.step().apply(state, x);
                double[] hAfter = noisy(machine.embedding().apply(after), noise, random);
                double[] y = noisy(machine.output().apply(after), noise, random);
                System.arraycopy(h, 0, previous, row * hiddenDim, hiddenDim);
                System.arraycopy(x, 0, inputs, row * x.length, x.length);
                System.arraycopy(hAfter, 0, next, row * hiddenDim, hiddenDim);
                System.arraycopy(y, 0, outputs, row * outputDim, outputDim);
                steps[row] = t;
                previousTruth[row] = state.clone();
                nextTruth[row] = after.clone();
                state = after;
                h = hAfter;
            }
        }
        HiddenTrace trace = new HiddenTrace(rows, hiddenDim, machine.inputDim(), outputDim, previous, inputs, next, outputs, steps);
        return new SyntheticTrace(name, trace, previousTruth, nextTruth);
    }

    private static double[] noisy(double[] values, double noise, SplittableRandom random) {
        double[] out = Arrays.copyOf(values, values.length);
        for (int i = 0; i < out.length; i++) {
            out[i] += noise * gaussian(random);
        }
        return out;
    }

    /** A standard normal draw (Box-Muller with StrictMath), so that traces are the same on every JDK and CPU. */
    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * random.nextDouble());
    }
}
