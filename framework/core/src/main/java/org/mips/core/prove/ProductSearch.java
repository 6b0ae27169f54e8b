package org.mips.core.prove;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Simulation;

/**
 * The reachable part of the product of the specification and the program: breadth first from the pair of
 * initial states, every input of the alphabet from every pair found. Listed, it is the relation a
 * {@link Simulation} proves inductive, for programs whose state is no function of the specification's.
 */
final class ProductSearch {

    /** Beyond this many pairs a listed relation makes the proof slow. */
    static final int MAX_PAIRS = 500;

    private ProductSearch() {
    }

    /** The related pairs, or why there are none to list (too many, an alphabet too large, outputs that differ). */
    static Outcome<List<Simulation.Pair>> find(Program spec, Program program) {
        List<long[]> alphabet = ReachableSearch.alphabet(spec.inputs());
        if (alphabet == null) {
            return Outcome.none("more than " + ReachableSearch.MAX_INPUTS + " input combinations to explore the two machines side by side");
        }
        StepMachine s = new StepMachine(spec);
        StepMachine p = new StepMachine(program);
        Set<List<List<Long>>> seen = new LinkedHashSet<>();
        Deque<long[][]> pending = new ArrayDeque<>();
        long[][] initial = {s.initial(), p.initial()};
        seen.add(key(initial));
        pending.add(initial);
        while (!pending.isEmpty()) {
            long[][] pair = pending.poll();
            for (long[] x : alphabet) {
                long[][] next = {s.step(pair[0], x), p.step(pair[1], x)};
                long[] ys = s.output(next[0], x);
                long[] yp = p.output(next[1], x);
                if (!Arrays.equals(ys, yp)) {
                    return Outcome.none(String.format(Locale.ROOT, "the program emits %s where the specification emits %s, on input %s from"
                            + " the states %s and %s", Arrays.toString(yp), Arrays.toString(ys), Arrays.toString(x),
                            Arrays.toString(pair[1]), Arrays.toString(pair[0])));
                }
                if (seen.add(key(next))) {
                    if (seen.size() > MAX_PAIRS) {
                        return Outcome.none("the two machines reach more than " + MAX_PAIRS + " pairs of states together");
                    }
                    pending.add(next);
                }
            }
        }
        return Outcome.found(seen.stream().map(k -> new Simulation.Pair(k.get(0), k.get(1))).toList());
    }

    private static List<List<Long>> key(long[][] pair) {
        return List.of(Arrays.stream(pair[0]).boxed().toList(), Arrays.stream(pair[1]).boxed().toList());
    }
}
