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
    private record Seen(long[] order, List<Long> outputs) {
    }

    private OrderFree() {
    }

    /** Whether {@code split}'s outputs are order-free, by the rule above. */
    static boolean holds(Split split) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        Map<List<Long>, Seen> seen = new HashMap<>(); // key: the prefix's steps, sorted (equal for reorderings)
        Map<List<Long>, Long> steps = new HashMap<>(); // each distinct tuple of input values, numbered
        long witnesses = 0;
        for (int n = 0; n < count; n++) {
            long[] order = new long[length];
            for (int t = 0; t < length; t++) {
                order[t] = steps.computeIfAbsent(StepRows.inputs(split, n, t), v -> (long) steps.size());
                long[] prefix = Arrays.copyOf(order, t + 1);
                long[] sorted = prefix.clone();
                Arrays.sort(sorted);
                List<Long> outputs = StepRows.outputs(split, n, t);
                Seen first = seen.putIfAbsent(Arrays.stream(sorted).boxed().toList(), new Seen(prefix, outputs));
                if (first != null && !Arrays.equals(first.order(), prefix)) {
                    if (!first.outputs().equals(outputs)) {
                        return false;
                    }
                    witnesses++;
                }
            }
        }
        return witnesses >= MIN_WITNESSES;
    }
}
