package org.mips.core.prove;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Reachable;

/**
 * An invariant for the specification's reachable states. Small machines are explored exactly: every
 * input from every state found, breadth first. Larger ones get a box: each variable's range over random
 * runs, left open on a side where longer runs went further (a counter, a running sum), or one box per
 * value of the few-valued variables (flags) beside the others. The prover checks
 * the box is inductive, so a guess that is too tight fails the proof instead of proving too much.
 */
final class ReachableSearch {

    /** Beyond this many states the explicit set makes proofs slow; a box is used instead. */
    static final int MAX_STATES = 100;
    /** Beyond this many input combinations exploring every state costs too much. */
    static final int MAX_INPUTS = 1024;
    private static final int SEQUENCES = 500;
    /** A variable with at most this many values over the sampled runs is a flag that splits the box. */
    static final int MAX_FLAG_VALUES = 4;

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

    /**
     * A box, or a union of boxes when some variables take at most {@value #MAX_FLAG_VALUES} values (flags)
     * beside others that do not: one box per combination of flag values, each bounding the other variables
     * over the states sampled with those flags.
     */
    private static Reachable box(Program spec, int length, long seed) {
        List<long[]> shortRuns = sample(spec, length, seed);
        List<long[]> longRuns = sample(spec, 4 * length, seed + 1);
        int n = spec.state().size();
        List<Integer> flags = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int variable = v;
            Set<Long> values = new HashSet<>();
            shortRuns.forEach(s -> values.add(s[variable]));
            longRuns.forEach(s -> values.add(s[variable]));
            if (values.size() <= MAX_FLAG_VALUES) {
                flags.add(v);
            }
        }
        if (flags.isEmpty() || flags.size() == n) {
            return bounds(shortRuns, longRuns, n);
        }
        Map<List<Long>, List<List<long[]>>> byFlags = new TreeMap<>(ReachableSearch::compare);
        for (int run = 0; run < 2; run++) {
            for (long[] s : run == 0 ? shortRuns : longRuns) {
                List<Long> key = flags.stream().map(v -> s[v]).toList();
                byFlags.computeIfAbsent(key, k -> List.of(new ArrayList<>(), new ArrayList<>())).get(run).add(s);
            }
        }
        if (byFlags.size() == 1) {
            return bounds(shortRuns, longRuns, n);
        }
        List<Reachable.Box> boxes = new ArrayList<>();
        byFlags.values().forEach(runs -> boxes.add(bounds(runs.get(0), runs.get(1), n)));
        return new Reachable.Union(boxes);
    }

    /**
     * Each variable's range over both samples, left open on a side where the longer runs went further
     * (or where the shorter runs never came).
     */
    private static Reachable.Box bounds(List<long[]> shortRuns, List<long[]> longRuns, int n) {
        List<Reachable.Interval> intervals = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int variable = v;
            LongSummaryStatistics shorter = shortRuns.stream().mapToLong(s -> s[variable]).summaryStatistics();
            LongSummaryStatistics longer = longRuns.stream().mapToLong(s -> s[variable]).summaryStatistics();
            long min = Math.min(shorter.getMin(), longer.getMin());
            long max = Math.max(shorter.getMax(), longer.getMax());
            boolean seenShort = shorter.getCount() > 0;
            intervals.add(new Reachable.Interval(!seenShort || longer.getMin() < shorter.getMin() ? OptionalLong.empty() : OptionalLong.of(min),
                    !seenShort || longer.getMax() > shorter.getMax() ? OptionalLong.empty() : OptionalLong.of(max)));
        }
        return new Reachable.Box(intervals);
    }

    /** The states of random runs of {@code length} steps, the initial state included. */
    private static List<long[]> sample(Program spec, int length, long seed) {
        StepMachine machine = new StepMachine(spec);
        List<long[]> states = new ArrayList<>();
        states.add(machine.initial());
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < SEQUENCES; n++) {
            long[] s = machine.initial();
            for (int t = 0; t < length; t++) {
                s = machine.step(s, SideBySide.randomInput(spec, random));
                states.add(s);
            }
        }
        return states;
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Every input combination, or null when there are more than {@link #MAX_INPUTS}. */
    static List<long[]> alphabet(List<Input> inputs) {
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
