package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongBinaryOperator;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Readout;
import org.mips.spi.represent.Representation;

class IoStateDetectorTest {

    private static final int SEQUENCES = 300;
    private static final int LENGTH = 10;

    /** One step of a made-up network: its state and output after input x, the previous input being last. */
    @FunctionalInterface
    private interface Step {
        double[] stateAndOutput(long last, long x, SplittableRandom random);
    }

    /** {@link #SEQUENCES} sequences of inputs in low..high through {@code step}, with {@code x_{-1} = 0}. */
    private static HiddenTrace trace(int low, int high, long seed, Step step) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = SEQUENCES * LENGTH;
        double[] previous = new double[rows * 2];
        double[] next = new double[rows * 2];
        long[] inputs = new long[rows];
        double[] outputs = new double[rows];
        int[] steps = new int[rows];
        int r = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            long last = 0;
            double[] h = {0, 0};
            for (int t = 0; t < LENGTH; t++, r++) {
                long x = random.nextLong(low, high + 1);
                double[] result = step.stateAndOutput(last, x, random);
                System.arraycopy(h, 0, previous, 2 * r, 2);
                h = new double[] {result[0], result[1]};
                System.arraycopy(h, 0, next, 2 * r, 2);
                inputs[r] = x;
                outputs[r] = result[2];
                steps[r] = t;
                last = x;
            }
        }
        return new HiddenTrace(rows, 2, 1, 1, previous, inputs, next, outputs, steps);
    }

    /**
     * A network that keeps {@code (x_t, y_t)} as {@code h = (x, y) M + noise}, where {@code y_t = f(x_{t-1}, x_t)};
     * its readout is linear.
     */
    private static HiddenTrace trace(LongBinaryOperator f, int low, int high, double[][] m, double noise, long seed) {
        return trace(low, high, seed, (last, x, random) -> {
            long y = f.applyAsLong(last, x);
            return new double[] {x * m[0][0] + y * m[1][0] + noise * (random.nextDouble() - 0.5),
                    x * m[0][1] + y * m[1][1] + noise * (random.nextDouble() - 0.5), y};
        });
    }

    /** {@code y = [x_t == x_{t-1}]} moves h_1 up for odd x and down for even x. */
    private static HiddenTrace bitByParity(double noise, long seed) {
        return trace(0, 7, seed, (last, x, random) -> {
            long y = x == last ? 1 : 0;
            return new double[] {x + noise * (random.nextDouble() - 0.5),
                    0.5 * x + 0.3 * y * (x % 2 == 1 ? 1 : -1) + noise * (random.nextDouble() - 0.5), y};
        });
    }

    @Test
    void findsTheLastInputAndOutputOfAbsoluteDifference() {
        HiddenTrace trace = trace((a, x) -> Math.abs(x - a), -100, 99, new double[][] {{-0.017, 0.004}, {0.0005, 0.0126}}, 1e-4, 1);
        Representation found = Truth.found(new IoStateDetector().detect(trace));
        assertEquals(List.of("last_x0", "last_y0"), found.variables());
        assertArrayEquals(new long[] {0, 0}, found.encode(new double[] {0, 0}), "the start state is x = y = 0");
        for (int r = 0; r < trace.rows(); r++) {
            double[] h = {trace.next()[2 * r], trace.next()[2 * r + 1]};
            assertArrayEquals(new long[] {trace.inputs()[r], Math.round(trace.outputs()[r])}, found.encode(h), "row " + r);
        }
    }

    @Test
    void readsABitThatNoAffineMapGivesBackThroughTheReadout() {
        // y = [x_t == x_{t-1}] moves h_1 up for odd x and down for even x, so no affine map of h gives
        // y back, while the readout |h_1 - h_0 / 2| > 0.15 does.
        HiddenTrace plain = bitByParity(0.01, 2);
        Readout readout = h -> new double[] {Math.abs(h[1] - 0.5 * h[0]) > 0.15 ? 1 : 0};
        HiddenTrace withReadout = plain.withReadout(readout);
        Outcome<Representation> without = new IoStateDetector().detect(plain);
        assertInstanceOf(Outcome.None.class, without, "without the readout the bit cannot be read: " + without);
        Representation found = Truth.found(new IoStateDetector().detect(withReadout));
        assertEquals(List.of("last_x0", "last_y0"), found.variables());
        assertTrue(found.toString().contains("readout"), found.toString());
    }

    /**
     * A sum modulo 3 kept as an angle whose radius drifts at random every step, as a network with a
     * categorical readout may keep it: no affine map of the state count explains the hidden vectors, but
     * the readout (the nearest of three directions) gives the sum back from every one of them.
     */
    private static HiddenTrace driftingSumModThree(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = SEQUENCES * LENGTH;
        double[] previous = new double[rows * 2];
        double[] next = new double[rows * 2];
        long[] inputs = new long[rows];
        double[] outputs = new double[rows];
        int[] steps = new int[rows];
        int r = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            long sum = 0;
            double[] h = {0, 0};
            for (int t = 0; t < LENGTH; t++, r++) {
                long x = random.nextLong(0, 3);
                sum = (sum + x) % 3;
                double radius = 0.2 + 2 * random.nextDouble();
                System.arraycopy(h, 0, previous, 2 * r, 2);
                h = new double[] {radius * Math.cos(2 * Math.PI * sum / 3), radius * Math.sin(2 * Math.PI * sum / 3)};
                System.arraycopy(h, 0, next, 2 * r, 2);
                inputs[r] = x;
                outputs[r] = sum;
                steps[r] = t;
            }
        }
        return new HiddenTrace(rows, 2, 1, 1, previous, inputs, next, outputs, steps);
    }

    @Test
    void readsTheLastOutputThroughTheReadoutWhenNoAffineMapExplainsTheStates() {
        HiddenTrace plain = driftingSumModThree(4);
        Outcome<Representation> without = new IoStateDetector().detect(plain);
        assertInstanceOf(Outcome.None.class, without, "without the readout the drifting states explain nothing: " + without);
        Readout nearestDirection = h -> {
            double angle = Math.atan2(h[1], h[0]);
            return new double[] {Math.floorMod(Math.round(angle / (2 * Math.PI / 3)), 3)};
        };
        Representation found = Truth.found(new IoStateDetector().detect(plain.withReadout(nearestDirection)));
        assertEquals(List.of("last_y0"), found.variables());
        assertArrayEquals(new long[] {0}, found.encode(new double[] {0, 0}), "before the start the last output is 0");
        assertArrayEquals(new long[] {2}, found.encode(new double[] {-0.1, -0.17}), "any radius reads as its direction");
    }

    @Test
    void readingThroughTheReadoutStillNeedsADeterministicMachine() {
        // The readout gives the parity of the sum modulo 3, which does not determine the next parity.
        Readout parity = h -> {
            double angle = Math.atan2(h[1], h[0]);
            return new double[] {Math.floorMod(Math.round(angle / (2 * Math.PI / 3)), 3) % 2};
        };
        HiddenTrace trace = driftingSumModThree(5);
        double[] parityOutputs = trace.outputs().clone();
        for (int r = 0; r < parityOutputs.length; r++) {
            parityOutputs[r] = ((long) parityOutputs[r]) % 2;
        }
        HiddenTrace parityTrace = new HiddenTrace(trace.rows(), 2, 1, 1, trace.previous(), trace.inputs(), trace.next(),
                parityOutputs, trace.steps()).withReadout(parity);
        Outcome<Representation> outcome = new IoStateDetector().detect(parityTrace);
        assertInstanceOf(Outcome.None.class, outcome, outcome::toString);
        assertTrue(outcome.toString().contains("not a deterministic machine"), outcome.toString());
    }

    @Test
    void aStateThatIsNotTheCurrentInputAndOutputIsRefused() {
        // A running sum is neither the current input nor the current output, whose readout adds a
        // constant: the states hold a variable the current step does not show.
        SplittableRandom random = new SplittableRandom(3);
        int rows = SEQUENCES * LENGTH;
        double[] previous = new double[rows];
        double[] next = new double[rows];
        long[] inputs = new long[rows];
        double[] outputs = new double[rows];
        int[] steps = new int[rows];
        int r = 0;
        for (int s = 0; s < SEQUENCES; s++) {
            long sum = 0;
            for (int t = 0; t < LENGTH; t++, r++) {
                previous[r] = 0.1 * sum;
                long x = random.nextLong(0, 10);
                sum += x;
                next[r] = 0.1 * sum;
                inputs[r] = x;
                outputs[r] = sum % 2;
                steps[r] = t;
            }
        }
        Outcome<Representation> outcome = new IoStateDetector().detect(new HiddenTrace(rows, 1, 1, 1, previous, inputs, next, outputs, steps));
        assertInstanceOf(Outcome.None.class, outcome, String.valueOf(outcome));
    }
}
