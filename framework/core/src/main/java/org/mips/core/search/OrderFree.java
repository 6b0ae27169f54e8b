package org.mips.core.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.task.Split;

/**
 * Whether a task's outputs depend only on how often each input symbol has occurred so far, not on
 * their order: sums modulo k, majorities, counts of even digits, parity. With one-hot inputs such a
 * task's state moves by a fixed vector per symbol, whatever came before, so its networks are the
 * symbolic tracks' to find; Add_Mod_5's scalar ladder tries twelve networks near chance before the
 * one-hot, categorical 2,2,8,1,0 that is perfect.
 *
 * <p>Measured on a sample of the training split: prefixes are keyed by their multiset of steps (a step
 * is the tuple of its input values); two prefixes with the same key but different orders are a
 * <i>witness</i>, and the task is order-free when no witness has different outputs and there are at
 * least {@value #MIN_WITNESSES} witnesses. A task whose steps rarely repeat (Base_7_Addition's 49
 * digit pairs over ten steps) has too few witnesses, and is not called order-free on no evidence.
 */
final class OrderFree {

    /** Sequences of the training split measured. */
    private static final int SAMPLE = 20_000;
    /** Witnesses needed before the survey calls a task order-free. */
    static final int MIN_WITNESSES = 1_000;

    /** The first prefix seen with a multiset of steps: its steps in order, and its outputs. */
    private record Seen(long[] order, long[] outputs) {
    }

    private OrderFree() {
    }

    /** Whether {@code split}'s outputs are order-free, by the rule above. */
    static boolean holds(Split split) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        int d = split.x().dimension();
        int k = split.y().dimension();
        Map<List<Long>, Seen> seen = new HashMap<>(); // key: the prefix's steps, sorted (equal for reorderings)
        Map<List<Long>, Long> steps = new HashMap<>();
        long witnesses = 0;
        for (int n = 0; n < count; n++) {
            long[] order = new long[length];
            for (int t = 0; t < length; t++) {
                order[t] = step(split, n, t, d, steps);
                long[] prefix = Arrays.copyOf(order, t + 1);
                long[] sorted = prefix.clone();
                Arrays.sort(sorted);
                long[] outputs = new long[k];
                for (int o = 0; o < k; o++) {
                    outputs[o] = split.y().get(n, t, o);
                }
                Seen first = seen.putIfAbsent(Arrays.stream(sorted).boxed().toList(), new Seen(prefix, outputs));
                if (first != null && !Arrays.equals(first.order(), prefix)) {
                    if (!Arrays.equals(first.outputs(), outputs)) {
                        return false;
                    }
                    witnesses++;
                }
            }
        }
        return witnesses >= MIN_WITNESSES;
    }

    /** One step's tuple of input values, numbered in order of first appearance. */
    private static long step(Split split, int n, int t, int d, Map<List<Long>, Long> steps) {
        Long[] values = new Long[d];
        for (int i = 0; i < d; i++) {
            values[i] = split.x().get(n, t, i);
        }
        return steps.computeIfAbsent(List.of(values), v -> (long) steps.size());
    }
}
