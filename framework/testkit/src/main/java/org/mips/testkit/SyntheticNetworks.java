package org.mips.testkit;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Readout;
import org.mips.spi.represent.Transition;

/**
 * Small hand-made "networks" whose hidden states drift continuously within each state of a known
 * machine, traced with their transition and readout attached, so that a detector can run them
 * ({@link HiddenTrace#runnable}). Their states form curves, not clusters or lattice points: only what the
 * network does tells them apart. Each comes with the true state behind every hidden vector.
 */
public final class SyntheticNetworks {

    private SyntheticNetworks() {
    }

    /**
     * A counter modulo 3, {@code s' = (s + x) mod 3} with {@code x} in 0..2, output {@code s}: the state is
     * an angle of {@code 2πs/3} bent by a radius that drifts with every input.
     */
    public static SyntheticTrace counterModulo3(int sequences, int length, long seed) {
        Transition f = (h, x) -> {
            double r = Math.hypot(h[0], h[1]);
            long s = sector(h);
            double radius = 0.9 * r + 0.1 * (1 + 0.3 * x[0]);
            double angle = 2 * Math.PI * ((s + x[0]) % 3) / 3 + 0.2 * (radius - 0.7);
            return new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        };
        Readout g = h -> new double[] {sector(h) + 0.1 * (Math.hypot(h[0], h[1]) - 0.7)};
        return record("drifting counter mod 3", 2, 2, f, g, new long[] {0}, (s, x) -> new long[] {(s[0] + x[0]) % 3},
                sequences, length, seed);
    }

    private static long sector(double[] h) {
        double angle = Math.atan2(h[1], h[0]);
        return Math.floorMod(Math.round(angle / (2 * Math.PI / 3)), 3);
    }

    /**
     * A counter up (x = 1) and down (x = 0) that stays within 0..3, output the count: the first unit holds
     * the count plus a drift that the second unit carries, {@code ε' = ε/2 + (2x - 1)/10}.
     */
    public static SyntheticTrace boundedUpDownCounter(int sequences, int length, long seed) {
        Transition f = (h, x) -> {
            long c = Math.round(h[0] - h[1]);
            long next = Math.max(0, Math.min(3, c + 2 * x[0] - 1));
            double drift = 0.5 * h[1] + 0.1 * (2 * x[0] - 1);
            return new double[] {next + drift, drift};
        };
        Readout g = h -> new double[] {h[0]};
        return record("drifting bounded up/down counter", 2, 1, f, g, new long[] {0},
                (s, x) -> new long[] {Math.max(0, Math.min(3, s[0] + 2 * x[0] - 1))}, sequences, length, seed);
    }

    /**
     * A 4-bit shift register, output the bit read three steps before: unit i holds bit {@code x_{t-i}}
     * plus a drift that depends on what the bit was before, at most 0.2.
     */
    public static SyntheticTrace shiftRegister(int sequences, int length, long seed) {
        Transition f = (h, x) -> {
            double[] next = new double[4];
            next[0] = x[0] + 0.2 * Math.tanh(h[0] - Math.rint(h[0]) + 0.3 * x[0]);
            for (int i = 1; i < 4; i++) {
                next[i] = Math.rint(h[i - 1]) + 0.2 * Math.tanh(h[i - 1] - Math.rint(h[i - 1]) + 0.1 * i);
            }
            return next;
        };
        Readout g = h -> new double[] {h[3]};
        return record("drifting 4-bit shift register", 4, 1, f, g, new long[] {0, 0, 0, 0},
                (s, x) -> new long[] {x[0], s[0], s[1], s[2]}, sequences, length, seed);
    }

    /** Runs {@code f} from {@code h = 0} on random inputs in 0..{@code inputMax}, with the true machine beside it. */
    static SyntheticTrace record(String name, int hiddenDim, int inputMax, Transition f, Readout g, long[] initial,
            BiFunction<long[], long[], long[]> truth, int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = sequences * length;
        double[] previous = new double[rows * hiddenDim];
        long[] inputs = new long[rows];
        double[] next = new double[rows * hiddenDim];
        double[] outputs = new double[rows];
        int[] steps = new int[rows];
        long[][] previousTruth = new long[rows][];
        long[][] nextTruth = new long[rows][];
        int row = 0;
        for (int s = 0; s < sequences; s++) {
            double[] h = new double[hiddenDim];
            long[] state = initial.clone();
            for (int t = 0; t < length; t++, row++) {
                long[] x = {random.nextInt(inputMax + 1)};
                double[] after = f.apply(h, x);
                long[] stateAfter = truth.apply(state, x);
                System.arraycopy(h, 0, previous, row * hiddenDim, hiddenDim);
                inputs[row] = x[0];
                System.arraycopy(after, 0, next, row * hiddenDim, hiddenDim);
                outputs[row] = g.apply(after)[0];
                steps[row] = t;
                previousTruth[row] = state;
                nextTruth[row] = stateAfter;
                h = after;
                state = stateAfter;
            }
        }
        HiddenTrace trace = new HiddenTrace(rows, hiddenDim, 1, 1, previous, inputs, next, outputs, steps)
                .withReadout(g).withTransition(f);
        return new SyntheticTrace(name, trace, previousTruth, nextTruth);
    }
}
