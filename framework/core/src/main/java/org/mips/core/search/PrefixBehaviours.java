package org.mips.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.spi.task.Split;

/**
 * How many distinct behaviours the prefixes of a task's sequences have: the states of the smallest
 * machine that reproduces the data, told apart the way Myhill and Nerode tell them apart, by what
 * follows.
 *
 * <p>A prefix's behaviour is its last output together with the outputs of every continuation up to
 * {@code d} steps; two prefixes with the same behaviour are one state of a machine whose output is read
 * from its state (a Moore machine: what a network with a linear readout of its hidden state is). The
 * count is exact, not sampled, because it is only measured where the data holds every input word of
 * length {@code 2d}: every prefix up to {@code d} steps with every continuation up to {@code d} steps.
 * That needs a small alphabet of input steps and sequences of at least two steps; elsewhere nothing is
 * measured.
 *
 * <p>The count is a <i>closed</i> one only if the prefixes of exactly {@code d} steps show no state the
 * shorter ones did not (the closedness of Angluin's L*): a counter shows a new state at every depth
 * and gets no count. Div_7 (long division by 7, most significant bit first) has 14 such states, a
 * remainder with the last quotient bit; a network with one unit per state and one transition unit per
 * state and input bit (14, 2, 28, 1, 0) learns it, where every network of the ladder stayed short of
 * perfect within the budget.
 */
final class PrefixBehaviours {

    /** Most distinct input steps (rows of all input columns) measured. */
    static final int MAX_SYMBOLS = 16;
    /** Sequences of the training split read. */
    private static final int SAMPLE = 200_000;
    /** Sequences read per word of length {@code 2d}, at least, for {@code d} to be tried: enough that every word occurs. */
    private static final int COVER = 16;

    /**
     * What was found.
     *
     * @param depth   prefix and continuation length {@code d}
     * @param symbols distinct input steps
     * @param states  distinct behaviours of the prefixes of 1 to {@code d} steps
     * @param closed  whether the prefixes of {@code d} steps show no behaviour the shorter ones did not
     * @param window  the fewest last input steps, at most {@code d}, that determine every output of a prefix at
     *                least that long, or null when no such window holds
     */
    record Found(int depth, int symbols, int states, boolean closed, Integer window) {
    }

    private PrefixBehaviours() {
    }

    /** The behaviours of {@code split}'s prefixes, or null when the data does not hold every word they need (or the outputs are not a function of the prefix). */
    static Found of(Split split) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        Map<List<Long>, Integer> symbols = new HashMap<>();
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < length; t++) {
                symbols.putIfAbsent(StepRows.inputs(split, n, t), symbols.size());
                if (symbols.size() > MAX_SYMBOLS) {
                    return null;
                }
            }
        }
        int a = symbols.size();
        int depth = 0;
        while (2 * (depth + 1) <= length && Math.pow(a, 2 * (depth + 1)) * COVER <= count) {
            depth++;
        }
        if (depth == 0) {
            return null;
        }
        int[][] outputs = outputsOfPrefixes(split, count, symbols, 2 * depth);
        if (outputs == null) {
            return null;
        }
        Set<List<Integer>> shorter = new HashSet<>();
        Set<List<Integer>> all = new HashSet<>();
        for (int l = 1; l <= depth; l++) {
            for (int p = 0; p < outputs[l].length; p++) {
                List<Integer> behaviour = behaviour(outputs, a, l, p, depth);
                all.add(behaviour);
                if (l < depth) {
                    shorter.add(behaviour);
                }
            }
        }
        return new Found(depth, a, all.size(), depth > 1 && shorter.size() == all.size(), window(outputs, a, depth));
    }

    /** The fewest last steps up to {@code depth} that determine the output of every prefix of {@code 2·depth} steps or fewer, or null. */
    private static Integer window(int[][] outputs, int a, int depth) {
        for (int w = 1; w <= depth; w++) {
            int span = (int) Math.pow(a, w);
            int[] seen = new int[span];
            Arrays.fill(seen, -1);
            boolean holds = true;
            for (int l = w; l < outputs.length && holds; l++) {
                for (int p = 0; p < outputs[l].length && holds; p++) {
                    int last = p % span;
                    holds = seen[last] < 0 || seen[last] == outputs[l][p];
                    seen[last] = outputs[l][p];
                }
            }
            if (holds) {
                return w;
            }
        }
        return null;
    }

    /**
     * The output id of every prefix up to {@code maxLength} steps, indexed by length and then by the
     * prefix read as a number in base {@code |symbols|}; null if one is missing or has two outputs.
     */
    private static int[][] outputsOfPrefixes(Split split, int count, Map<List<Long>, Integer> symbols, int maxLength) {
        int a = symbols.size();
        int[][] outputs = new int[maxLength + 1][];
        for (int l = 0; l <= maxLength; l++) {
            outputs[l] = new int[(int) Math.pow(a, l)];
            Arrays.fill(outputs[l], -1);
        }
        Map<List<Long>, Integer> ids = new HashMap<>();
        for (int n = 0; n < count; n++) {
            int prefix = 0;
            for (int t = 0; t < maxLength; t++) {
                prefix = prefix * a + symbols.get(StepRows.inputs(split, n, t));
                int id = ids.computeIfAbsent(StepRows.outputs(split, n, t), y -> ids.size());
                int known = outputs[t + 1][prefix];
                if (known >= 0 && known != id) {
                    return null;
                }
                outputs[t + 1][prefix] = id;
            }
        }
        for (int l = 1; l <= maxLength; l++) {
            for (int id : outputs[l]) {
                if (id < 0) {
                    return null;
                }
            }
        }
        return outputs;
    }

    /** The last output of prefix {@code p} of {@code l} steps, then the outputs of its continuations of 1 to {@code depth} steps. */
    private static List<Integer> behaviour(int[][] outputs, int a, int l, int p, int depth) {
        List<Integer> behaviour = new ArrayList<>();
        behaviour.add(outputs[l][p]);
        int first = p;
        int span = 1;
        for (int k = 1; k <= depth; k++) {
            first *= a;
            span *= a;
            for (int s = 0; s < span; s++) {
                behaviour.add(outputs[l + k][first + s]);
            }
        }
        return behaviour;
    }
}
