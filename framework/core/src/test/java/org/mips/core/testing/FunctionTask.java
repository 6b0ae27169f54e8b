package org.mips.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * A task made of a function of whole sequences, for tests: uniformly random inputs from
 * {@code inputMin..inputMax}, their outputs, and a generator of any length. {@link #dataOnly()} is the
 * same data without a generator, as a user's dataset.
 */
public final class FunctionTask implements Task {

    private final String id;
    private final int inputs;
    private final int outputs;
    private final long min;
    private final long max;
    private final int length;
    private final Function<long[][], long[][]> function;
    private final boolean generates;

    private FunctionTask(String id, int inputs, int outputs, long min, long max, int length,
            Function<long[][], long[][]> function, boolean generates) {
        this.id = id;
        this.inputs = inputs;
        this.outputs = outputs;
        this.min = min;
        this.max = max;
        this.length = length;
        this.function = function;
        this.generates = generates;
    }

    /** A task of one input column over {@code min..max} and one output column {@code y_t = f(x_0..x_t)}. */
    public static FunctionTask of(String id, long min, long max, int length, Function<long[][], long[][]> function) {
        return new FunctionTask(id, 1, 1, min, max, length, function, true);
    }

    /** A task of {@code inputs} input and {@code outputs} output columns. */
    public static FunctionTask of(String id, int inputs, int outputs, long min, long max, int length,
            Function<long[][], long[][]> function) {
        return new FunctionTask(id, inputs, outputs, min, max, length, function, true);
    }

    /** The same task without a generator: its data is all there is. */
    public FunctionTask dataOnly() {
        return new FunctionTask(id, inputs, outputs, min, max, length, function, false);
    }

    /** {@code y_t = x_t + x_{t-1} + ... + x_{t-window+1}}, zeros before the start (Sum_LastK). */
    public static long[][] sumLast(long[][] x, int window) {
        long[][] y = new long[x.length][1];
        for (int t = 0; t < x.length; t++) {
            for (int j = 0; j < window && t - j >= 0; j++) {
                y[t][0] += x[t - j][0];
            }
        }
        return y;
    }

    /** {@code y_t = x_0 + ... + x_t} (Sum_All, Count of 1s on bits). */
    public static long[][] sumAll(long[][] x) {
        return sumLast(x, x.length);
    }

    /** The parity of the sum so far. */
    public static long[][] parity(long[][] x) {
        long[][] y = sumAll(x);
        for (long[] row : y) {
            row[0] = Math.floorMod(row[0], 2);
        }
        return y;
    }

    /** The sum so far modulo 3 (Add_Mod_3). */
    public static long[][] sumMod3(long[][] x) {
        long[][] y = sumAll(x);
        for (long[] row : y) {
            row[0] = Math.floorMod(row[0], 3);
        }
        return y;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    @Override
    public String description() {
        return "a test function";
    }

    @Override
    public int inputDimension() {
        return inputs;
    }

    @Override
    public long inputMin() {
        return min;
    }

    @Override
    public long inputMax() {
        return max;
    }

    @Override
    public int outputDimension() {
        return outputs;
    }

    @Override
    public int sequenceLength() {
        return length;
    }

    @Override
    public double trainFraction() {
        return 0.5;
    }

    @Override
    public int defaultSteps() {
        return 100;
    }

    /** 300 training and 300 test sequences. */
    @Override
    public Dataset dataset(long seed) {
        return new Dataset(id, generate(300, length, seed), generate(300, length, seed + 1));
    }

    @Override
    public Optional<Generator> generator() {
        return generates ? Optional.of(this::generate) : Optional.empty();
    }

    public Split generate(int count, int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * steps * inputs];
        long[] y = new long[count * steps * outputs];
        for (int n = 0; n < count; n++) {
            long[][] sequence = new long[steps][inputs];
            for (int t = 0; t < steps; t++) {
                for (int i = 0; i < inputs; i++) {
                    sequence[t][i] = min + random.nextLong(max - min + 1);
                    x[(n * steps + t) * inputs + i] = sequence[t][i];
                }
            }
            long[][] out = function.apply(sequence);
            for (int t = 0; t < steps; t++) {
                for (int k = 0; k < outputs; k++) {
                    y[(n * steps + t) * outputs + k] = out[t][k];
                }
            }
        }
        return new Split(new SequenceBatch(count, steps, inputs, x), new SequenceBatch(count, steps, outputs, y));
    }
}
