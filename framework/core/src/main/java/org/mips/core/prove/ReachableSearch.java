package org.mips.core.prove;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Reachable;

/**
 * An invariant for the specification's reachable states. Small machines are explored exactly: every
 * input from every state found, breadth first. Larger ones get a box: each variable's range over random
 * runs, left open on a side where longer runs went further (a counter, a running sum). The prover checks
 * the box is inductive, so a guess that is too tight fails the proof instead of proving too much.
 */
final class ReachableSearch {

    /** Beyond this many states the explicit set makes proofs slow; a box is used instead. */
    static final int MAX_STATES = 100;
    /** Beyond this many input combinations exploring every state costs too much. */
    static final int MAX_INPUTS = 1024;
    private static final int SEQUENCES = 500;

    private ReachableSearch() {
    }

    static Reachable find(Program spec, int length, long seed) {
        List<long[]> alphabet = alphabet(spec.inputs());
        if (alphabet != null) {
            Set<List<Long>> states = explore(spec, alphabet);
            if (states != null) {
                return new Reachable.States(new ArrayList<>(states));
            }
        }
        return box(spec, length, seed);
    }

    private static Set<List<Long>> explore(Program spec, List<long[]> alphabet) {
        StepMachine machine = new StepMachine(spec);
        Set<List<Long>> seen = new LinkedHashSet<>();
        Deque<long[]> pending = new ArrayDeque<>();
        long[] initial = machine.initial();
        seen.add(key(initial));
        pending.add(initial);
        while (!pending.isEmpty()) {
            long[] s = pending.poll();
            for (long[] x : alphabet) {
                long[] next = machine.step(s, x);
                if (seen.add(key(next))) {
                    if (seen.size() > MAX_STATES) {
                        return null;
                    }
                    pending.add(next);
                }
            }
        }
        return seen;
    }

    private static Reachable box(Program spec, int length, long seed) {
        int n = spec.state().size();
        long[][] shortRange = ranges(spec, length, seed);
        long[][] longRange = ranges(spec, 4 * length, seed + 1);
        List<Reachable.Interval> intervals = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            long min = Math.min(shortRange[0][v], longRange[0][v]);
            long max = Math.max(shortRange[1][v], longRange[1][v]);
            intervals.add(new Reachable.Interval(longRange[0][v] < shortRange[0][v] ? OptionalLong.empty() : OptionalLong.of(min),
                    longRange[1][v] > shortRange[1][v] ? OptionalLong.empty() : OptionalLong.of(max)));
        }
        return new Reachable.Box(intervals);
    }

    /** {min, max} of each variable over random runs of {@code length} steps, the initial state included. */
    private static long[][] ranges(Program spec, int length, long seed) {
        StepMachine machine = new StepMachine(spec);
        long[] min = machine.initial();
        long[] max = machine.initial();
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < SEQUENCES; n++) {
            long[] s = machine.initial();
            for (int t = 0; t < length; t++) {
                s = machine.step(s, SideBySide.randomInput(spec, random));
                for (int v = 0; v < s.length; v++) {
                    min[v] = Math.min(min[v], s[v]);
                    max[v] = Math.max(max[v], s[v]);
                }
            }
        }
        return new long[][] {min, max};
    }

    /** Every input combination, or null when there are more than {@link #MAX_INPUTS}. */
    private static List<long[]> alphabet(List<Input> inputs) {
        List<long[]> combos = new ArrayList<>();
        combos.add(new long[0]);
        for (Input input : inputs) {
            long size = input.max() - input.min() + 1;
            if (size <= 0 || size * combos.size() > MAX_INPUTS) {
                return null;
            }
            List<long[]> next = new ArrayList<>();
            for (long[] prefix : combos) {
                for (long v = input.min(); v <= input.max(); v++) {
                    long[] x = Arrays.copyOf(prefix, prefix.length + 1);
                    x[prefix.length] = v;
                    next.add(x);
                }
            }
            combos = next;
        }
        return combos;
    }

    private static List<Long> key(long[] s) {
        return Arrays.stream(s).boxed().toList();
    }
}
