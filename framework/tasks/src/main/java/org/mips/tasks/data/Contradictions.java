package org.mips.tasks.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mips.spi.task.SequenceBatch;

/**
 * Rows of a dataset whose outputs are not a function of their inputs. A sequence model's output at step
 * {@code t} depends only on the inputs up to {@code t}, so two sequences whose inputs agree on steps
 * {@code 0..t} must agree on the output at {@code t}: data where they do not cannot be learned, and a program
 * fitted to it matches neither row. Each input prefix with more than one output is one contradiction.
 *
 * <p>The sequences are sorted by their inputs, so that the sequences sharing a prefix up to step {@code t}
 * are adjacent: one pass per step compares the outputs within each such run. This takes {@code n log n}
 * comparisons and an index per sequence, where a table of every prefix would take one entry per step.
 */
public final class Contradictions {

    /**
     * The first contradiction in file order.
     *
     * @param earlier the earliest sequence with the shared inputs
     * @param later   the earliest sequence after it with the same inputs up to {@code step} and another output there
     * @param step    the step, from 0
     */
    public record Pair(int earlier, int later, int step) {
    }

    private final UserDataset data;
    /** The sequences in the order of their inputs. */
    private final int[] order;
    /** {@code shared[k]}: on how many leading steps the inputs of {@code order[k - 1]} and {@code order[k]} agree. */
    private final int[] shared;
    private int count;
    private Pair first;

    private Contradictions(UserDataset data) {
        this.data = data;
        SequenceBatch x = data.x();
        this.order = Arrays.stream(sortedByInputs(x)).mapToInt(Integer::intValue).toArray();
        this.shared = new int[order.length];
        for (int k = 1; k < order.length; k++) {
            shared[k] = sharedSteps(x, order[k - 1], order[k]);
        }
        forEachRun(this::inspect);
    }

    /** The contradictions in {@code data}. */
    public static Contradictions in(UserDataset data) {
        return new Contradictions(data);
    }

    /** The input prefixes that have more than one output. */
    public int count() {
        return count;
    }

    /** The first contradiction in file order: the pair whose later sequence comes first, at its first step. */
    public Optional<Pair> first() {
        return Optional.ofNullable(first);
    }

    private void inspect(int step, int from, int to) {
        if (agrees(step, from, to)) {
            return;
        }
        count++;
        int earliest = order[from];
        for (int k = from + 1; k < to; k++) {
            earliest = Math.min(earliest, order[k]);
        }
        for (int k = from; k < to; k++) {
            int later = order[k];
            if (later > earliest && !sameOutput(earliest, later, step)
                    && (first == null || later < first.later() || later == first.later() && step < first.step())) {
                first = new Pair(earliest, later, step);
            }
        }
    }

    /**
     * The data with each contradiction resolved to its most common output (the earliest sequence's, among
     * equally common ones); its {@link UserDataset#changes()} say how many outputs changed.
     */
    public UserDataset majority() {
        SequenceBatch y = data.y();
        int length = y.length();
        int dimension = y.dimension();
        long[] values = new long[y.count() * length * dimension];
        for (int n = 0; n < y.count(); n++) {
            for (int t = 0; t < length; t++) {
                for (int i = 0; i < dimension; i++) {
                    values[(n * length + t) * dimension + i] = y.get(n, t, i);
                }
            }
        }
        int[] changed = {0};
        boolean[] touched = new boolean[y.count()];
        forEachRun((step, from, to) -> {
            if (agrees(step, from, to)) {
                return;
            }
            int kept = majority(step, from, to);
            for (int k = from; k < to; k++) {
                int n = order[k];
                if (!sameOutput(kept, n, step)) {
                    for (int i = 0; i < dimension; i++) {
                        values[(n * length + step) * dimension + i] = y.get(kept, step, i);
                    }
                    changed[0]++;
                    touched[n] = true;
                }
            }
        });
        int sequences = 0;
        for (boolean t : touched) {
            sequences += t ? 1 : 0;
        }
        return new UserDataset(data.file(), data.format(), data.x(), new SequenceBatch(y.count(), length, dimension, values), data.lines(),
                summary(count, changed[0], sequences));
    }

    private static String summary(int prefixes, int outputs, int sequences) {
        return String.format(Locale.ROOT, "kept the most common output of %,d input %s with more than one, changing %,d %s in %,d %s",
                prefixes, prefixes == 1 ? "prefix" : "prefixes", outputs, outputs == 1 ? "output" : "outputs", sequences,
                sequences == 1 ? "sequence" : "sequences");
    }

    /**
     * The refusal of data with contradictions: how many, and the first pair with its lines, steps and outputs.
     *
     * @param remedy what the user can do besides correcting the data, e.g. "give --majority to keep the most common output"
     */
    public DataFormatException error(String remedy) {
        Pair pair = first().orElseThrow(() -> new IllegalStateException("no contradictions in " + data.file()));
        SourceLines lines = data.lines();
        return Place.in(data.file()).error(String.format(Locale.ROOT, "%,d %s: sequences with the same inputs up to a step have different "
                + "outputs at that step, the first %s and %s at step %d (outputs %s and %s); the output at a step must be a function of the "
                + "inputs up to it: correct the data, or %s", count, count == 1 ? "contradiction" : "contradictions",
                lines.of(pair.earlier(), pair.step()), lines.of(pair.later(), pair.step()), pair.step(),
                output(pair.earlier(), pair.step()), output(pair.later(), pair.step()), remedy));
    }

    /** The output of sequence {@code n} at {@code step}, as a message shows it: {@code 1}, or {@code [1, 0]} for several values. */
    private String output(int n, int step) {
        SequenceBatch y = data.y();
        if (y.dimension() == 1) {
            return Long.toString(y.get(n, step, 0));
        }
        long[] values = new long[y.dimension()];
        for (int i = 0; i < values.length; i++) {
            values[i] = y.get(n, step, i);
        }
        return Arrays.toString(values);
    }

    /** What is done with sequences {@code order[from..to)}, which share their inputs up to {@code step}; at least two of them. */
    @FunctionalInterface
    private interface RunAction {
        void accept(int step, int from, int to);
    }

    /** Calls {@code action} on every run of two or more sequences that share their inputs up to a step, step by step. */
    private void forEachRun(RunAction action) {
        for (int step = 0; step < data.length(); step++) {
            int from = 0;
            for (int k = 1; k <= order.length; k++) {
                if (k == order.length || shared[k] <= step) {
                    if (k - from > 1) {
                        action.accept(step, from, k);
                    }
                    from = k;
                }
            }
        }
    }

    private boolean agrees(int step, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!sameOutput(order[from], order[k], step)) {
                return false;
            }
        }
        return true;
    }

    /** The sequence of the run whose output at {@code step} is the most common, the earliest among ties. */
    private int majority(int step, int from, int to) {
        Map<List<Long>, int[]> counts = new HashMap<>();
        for (int k = from; k < to; k++) {
            int n = order[k];
            int[] entry = counts.computeIfAbsent(outputKey(n, step), key -> new int[] {0, n});
            entry[0]++;
            entry[1] = Math.min(entry[1], n);
        }
        int[] best = null;
        for (int[] entry : counts.values()) {
            if (best == null || entry[0] > best[0] || entry[0] == best[0] && entry[1] < best[1]) {
                best = entry;
            }
        }
        return best[1];
    }

    private List<Long> outputKey(int n, int step) {
        Long[] values = new Long[data.outputDimension()];
        for (int i = 0; i < values.length; i++) {
            values[i] = data.y().get(n, step, i);
        }
        return List.of(values);
    }

    private boolean sameOutput(int a, int b, int step) {
        SequenceBatch y = data.y();
        for (int i = 0; i < y.dimension(); i++) {
            if (y.get(a, step, i) != y.get(b, step, i)) {
                return false;
            }
        }
        return true;
    }

    private static Integer[] sortedByInputs(SequenceBatch x) {
        Integer[] order = new Integer[x.count()];
        for (int n = 0; n < order.length; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (a, b) -> compareInputs(x, a, b));
        return order;
    }

    private static int compareInputs(SequenceBatch x, int a, int b) {
        for (int t = 0; t < x.length(); t++) {
            for (int i = 0; i < x.dimension(); i++) {
                int c = Long.compare(x.get(a, t, i), x.get(b, t, i));
                if (c != 0) {
                    return c;
                }
            }
        }
        return Integer.compare(a, b);
    }

    private static int sharedSteps(SequenceBatch x, int a, int b) {
        for (int t = 0; t < x.length(); t++) {
            for (int i = 0; i < x.dimension(); i++) {
                if (x.get(a, t, i) != x.get(b, t, i)) {
                    return t;
                }
            }
        }
        return x.length();
    }
}
