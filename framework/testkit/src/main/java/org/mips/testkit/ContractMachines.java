package org.mips.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mips.spi.represent.StateMachine;

/**
 * State machines for the numbering contract and tests: each built by running a known update rule over
 * every input sequence up to a length and labelling its states arbitrarily, as a detector would.
 */
public final class ContractMachines {

    private ContractMachines() {
    }

    /** A named machine. */
    public record Case(String name, StateMachine machine) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every machine of the contract. */
    public static List<Case> all() {
        return List.of(
                new Case("(2s + x) mod 3, relabelled", residue()),
                new Case("majority counter over 8 steps", counter(8)),
                new Case("running minimum of digits 0..4", runningMinimum(4)),
                new Case("parity of the last two bits", lastTwoParity()),
                new Case("sum of two inputs mod 4", twoInputSum()),
                new Case("base-3 addition", baseAddition(3)),
                new Case("majority counter saturating at 4", saturatingCounter(4)),
                new Case("bracket depth with a dead state", bracketDepth(4)),
                new Case("one state", constant()),
                new Case("unreachable state", unreachable()));
    }

    /** {@code s' = (2s + x) mod 3}, y = s, over bits, its residues 0, 1, 2 labelled 17, 4 and 9. */
    public static StateMachine residue() {
        long[] label = {17, 4, 9};
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (s, x) -> (2 * s + x.get(0)) % 3, s -> List.of(s),
                s -> List.of(label[(int) (long) s]), 6);
    }

    /** Ones minus zeros over every bit sequence of up to {@code steps} steps; y = 1 when ones lead. States labelled by BFS order. */
    public static StateMachine counter(int steps) {
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (c, x) -> c + 2 * x.get(0) - 1, c -> List.of(c > 0 ? 1L : 0L),
                c -> List.of(1000 - 7 * c), steps);
    }

    /** The running minimum of digits 0..max, the initial state a label of its own. */
    public static StateMachine runningMinimum(int max) {
        List<List<Long>> inputs = new ArrayList<>();
        for (long v = 0; v <= max; v++) {
            inputs.add(List.of(v));
        }
        return explore(inputs, -1L, (m, x) -> m < 0 ? x.get(0) : Math.min(m, x.get(0)), m -> List.of(m), m -> List.of(50 + 3 * m), 4);
    }

    /** y = x_t xor x_{t-1} (zero before the first), states the pair of last inputs labelled 0..3 in a scrambled order. */
    public static StateMachine lastTwoParity() {
        long[] label = {2, 0, 3, 1};
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (w, x) -> ((w << 1) | x.get(0)) & 3, w -> List.of(((w >> 1) ^ w) & 1),
                w -> List.of(label[(int) (long) w]), 5);
    }

    /** s' = (s + x0 + x1) mod 4 over x0, x1 in 0..1; y = s. */
    public static StateMachine twoInputSum() {
        List<List<Long>> inputs = List.of(List.of(0L, 0L), List.of(0L, 1L), List.of(1L, 0L), List.of(1L, 1L));
        return explore(inputs, 0L, (s, x) -> (s + x.get(0) + x.get(1)) % 4, s -> List.of(s), s -> List.of(3 - s), 5);
    }

    /**
     * Addition of two base-b digits with carry: the column sum {@code u' = x0 + x1 + ⌊u / b⌋}, output
     * {@code u mod b}, its states labelled {@code 11u + 5}.
     */
    public static StateMachine baseAddition(long b) {
        List<List<Long>> inputs = new ArrayList<>();
        for (long x0 = 0; x0 < b; x0++) {
            for (long x1 = 0; x1 < b; x1++) {
                inputs.add(List.of(x0, x1));
            }
        }
        return explore(inputs, 0L, (u, x) -> x.get(0) + x.get(1) + u / b, u -> List.of(u % b), u -> List.of(11 * u + 5), 4);
    }

    /**
     * Ones minus zeros held between -limit and limit, y = 1 when ones lead: a network trained on short
     * sequences counts like this, its count cut off where training never took it.
     */
    public static StateMachine saturatingCounter(long limit) {
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (c, x) -> Math.max(-limit, Math.min(limit, c + 2 * x.get(0) - 1)),
                c -> List.of(c > 0 ? 1L : 0L), c -> List.of(40 + c), 3 * (int) limit);
    }

    /**
     * Open brackets (0) minus closed ones (1), with one absorbing state (label 99) for a depth below 0 or
     * above {@code limit}; y = 1 at depth 0 while alive. Balanced_Parenthesis's network gives up like this
     * past the depth its training length could still close.
     */
    public static StateMachine bracketDepth(long limit) {
        long dead = 99;
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (b, x) -> {
            if (b == dead) {
                return dead;
            }
            long next = b + 1 - 2 * x.get(0);
            return next < 0 || next > limit ? dead : next;
        }, b -> List.of(b == 0 ? 1L : 0L), b -> List.of(b == dead ? 500L : 10 * b), 2 * (int) limit + 2);
    }

    /** A single state that emits 0 on every input. */
    public static StateMachine constant() {
        return explore(List.of(List.of(0L), List.of(1L)), 0L, (s, x) -> 0L, s -> List.of(0L), s -> List.of(5L), 3);
    }

    /** The residue machine with a transition out of a state nothing reaches. */
    public static StateMachine unreachable() {
        StateMachine base = residue();
        List<StateMachine.Transition> transitions = new ArrayList<>(base.transitions());
        transitions.add(new StateMachine.Transition(List.of(99L), List.of(0L), List.of(17L), 1));
        return new StateMachine(base.variables(), base.initial(), transitions, base.emissions());
    }

    /**
     * Every state reached by input sequences of up to {@code steps} steps from {@code start}, with its
     * transitions (each seen once per sequence prefix) and outputs, states shown by {@code label}.
     */
    static StateMachine explore(List<List<Long>> inputs, long start, BiFunction<Long, List<Long>, Long> update,
            Function<Long, List<Long>> output, Function<Long, List<Long>> label, int steps) {
        Map<List<Object>, long[]> transitions = new LinkedHashMap<>();
        Map<List<Long>, List<Long>> emissions = new LinkedHashMap<>();
        Map<List<Long>, long[]> emitted = new LinkedHashMap<>();
        List<Long> frontier = List.of(start);
        for (int t = 0; t < steps; t++) {
            List<Long> next = new ArrayList<>();
            for (long s : frontier) {
                for (List<Long> x : inputs) {
                    long n = update.apply(s, x);
                    transitions.computeIfAbsent(List.of(label.apply(s), x, label.apply(n)), k -> new long[1])[0]++;
                    emissions.put(label.apply(n), output.apply(n));
                    emitted.computeIfAbsent(label.apply(n), k -> new long[1])[0]++;
                    next.add(n);
                }
            }
            frontier = next.stream().distinct().toList();
        }
        List<StateMachine.Transition> table = new ArrayList<>();
        transitions.forEach((k, seen) -> table.add(new StateMachine.Transition(cast(k.get(0)), cast(k.get(1)), cast(k.get(2)), seen[0])));
        List<StateMachine.Emission> outputs = new ArrayList<>();
        emissions.forEach((s, y) -> outputs.add(new StateMachine.Emission(s, y, emitted.get(s)[0])));
        return new StateMachine(List.of("s"), label.apply(start), table, outputs);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> cast(Object o) {
        return (List<Long>) o;
    }
}
