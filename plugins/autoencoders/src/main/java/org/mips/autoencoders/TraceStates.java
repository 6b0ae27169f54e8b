package org.mips.autoencoders;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;

/**
 * A validated view of a trace: its hidden states as points, with every row's input and rounded output.
 * Point {@code r} is row r's {@code h_{t-1}} and point {@code rows + r} its {@code h_t}, so the states a
 * detector fits include the network's starting state {@code h = 0} and the description lengths of all
 * detectors are measured on the same points.
 */
final class TraceStates {

    /**
     * Values beyond this are refused like NaN: no network's hidden state is that large, and the
     * determinants of the GCD finder (a product of up to 16 coordinates) would overflow.
     */
    static final double MAX_MAGNITUDE = 1e9;
    /** The seed of {@link #sample}. */
    static final long SAMPLE_SEED = 20_260_501L;

    private final HiddenTrace trace;
    private final double[][] points;
    private final long[][] inputs;
    private final long[][] outputs;

    private TraceStates(HiddenTrace trace) {
        this.trace = trace;
        int rows = trace.rows();
        int n = trace.hiddenDim();
        points = new double[2 * rows][];
        inputs = new long[rows][];
        outputs = new long[rows][];
        for (int r = 0; r < rows; r++) {
            points[r] = Arrays.copyOfRange(trace.previous(), r * n, (r + 1) * n);
            points[rows + r] = Arrays.copyOfRange(trace.next(), r * n, (r + 1) * n);
            inputs[r] = Arrays.copyOfRange(trace.inputs(), r * trace.inputDim(), (r + 1) * trace.inputDim());
            outputs[r] = new long[trace.outputDim()];
            for (int k = 0; k < trace.outputDim(); k++) {
                outputs[r][k] = (long) Math.rint(trace.outputs()[r * trace.outputDim() + k]); // half to even, as np.round
            }
        }
    }

    /** The trace's states, or why no detector can work on them. */
    static Outcome<TraceStates> of(HiddenTrace trace) {
        if (trace.rows() == 0) {
            return Outcome.none("the trace has no rows");
        }
        if (trace.hiddenDim() == 0) {
            return Outcome.none("the hidden state has no coordinates");
        }
        for (String problem : new String[] {
                firstNonFinite(trace.previous(), trace.hiddenDim(), "h_{t-1}"),
                firstNonFinite(trace.next(), trace.hiddenDim(), "h_t"),
                firstNonFinite(trace.outputs(), trace.outputDim(), "y_t")}) {
            if (problem != null) {
                return Outcome.none("the trace has non-finite or huge values: " + problem);
            }
        }
        return Outcome.found(new TraceStates(trace));
    }

    private static String firstNonFinite(double[] values, int width, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!(Math.abs(values[i]) <= MAX_MAGNITUDE)) {
                return name + " = " + values[i] + " in row " + i / width + ", coordinate " + i % width;
            }
        }
        return null;
    }

    HiddenTrace trace() {
        return trace;
    }

    int rows() {
        return trace.rows();
    }

    int hiddenDim() {
        return trace.hiddenDim();
    }

    /** All states: row r's {@code h_{t-1}} at index r, its {@code h_t} at index {@code rows + r}. Not copied. */
    double[][] points() {
        return points;
    }

    double[] previous(int row) {
        return points[row];
    }

    double[] next(int row) {
        return points[rows() + row];
    }

    long[] input(int row) {
        return inputs[row];
    }

    /** The network's output at row r rounded half to even: what the task's integer target must equal. */
    long[] roundedOutput(int row) {
        return outputs[row];
    }

    /**
     * At most {@code max} points drawn without replacement (seeded, so always the same ones), in trace
     * order. A stride would alias with the sequence length and pick the same step of every sequence.
     */
    double[][] sample(int max) {
        if (points.length <= max) {
            return points;
        }
        SplittableRandom random = new SplittableRandom(SAMPLE_SEED);
        BitSet chosen = new BitSet(points.length);
        for (int j = points.length - max; j < points.length; j++) { // Floyd's algorithm: max distinct indices
            int pick = random.nextInt(j + 1);
            chosen.set(chosen.get(pick) ? j : pick);
        }
        return chosen.stream().mapToObj(i -> points[i]).toArray(double[][]::new);
    }
}
