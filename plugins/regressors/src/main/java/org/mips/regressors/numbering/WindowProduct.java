package org.mips.regressors.numbering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.represent.StateMachine;

/**
 * The machine whose state is the last k inputs or the last k outputs (zero before the first), read off
 * the product of a machine and such a window: breadth-first over the reachable pairs (state, window), each
 * observed step shifts the step's input or output into the window. The window is a state of the same
 * machine only if, over every pair reached, a window and an input lead to one next window and a window
 * to one output; the first pair that breaks this is the reason it is not. So the result holds exactly
 * where the machine was observed, with the machine's counts carried over.
 */
final class WindowProduct {

    /** What the window remembers. */
    enum Remembered {
        INPUTS("p", "inputs"),
        OUTPUTS("q", "outputs");

        private final String prefix;
        private final String noun;

        Remembered(String prefix, String noun) {
            this.prefix = prefix;
            this.noun = noun;
        }
    }

    /** Pairs of (state, window) explored at most per window length. */
    static final int MAX_PAIRS = 200_000;

    private WindowProduct() {
    }

    /** The shortest window from {@code from} to {@code to} entries that is a state of the machine, or the last reason none is. */
    static Outcome<NumberedMachine> shortest(StateMachine machine, Remembered remembered, int from, int to) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        String why = "no window tried";
        for (int k = from; k <= to; k++) {
            Outcome<NumberedMachine> found = of(graph, remembered, k);
            if (found instanceof Outcome.Found<NumberedMachine>) {
                return found;
            }
            why = ((Outcome.None<NumberedMachine>) found).reason();
        }
        return Outcome.none(why);
    }

    static Outcome<NumberedMachine> of(MachineGraph graph, Remembered remembered, int k) {
        StateMachine machine = graph.machine();
        int width = remembered == Remembered.INPUTS ? graph.inputDimension()
                : machine.emissions().isEmpty() ? 0 : machine.emissions().get(0).output().size();
        if (width == 0) {
            return Outcome.none("the machine has no " + remembered.noun + " to remember");
        }
        int stateWidth = k * width;
        List<Long> start = List.copyOf(Collections.nCopies(stateWidth, 0L));
        Map<List<Long>, List<Long>> next = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> nextSeen = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, List<Long>> output = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> outputSeen = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> counts = new HashMap<>();
        for (StateMachine.Transition t : machine.transitions()) {
            counts.put(concat(t.state(), t.input()), t.count());
        }
        Set<List<Object>> visited = new HashSet<>();
        Deque<List<Object>> queue = new ArrayDeque<>();
        List<Object> first = List.of(0, start);
        visited.add(first);
        queue.add(first);
        while (!queue.isEmpty()) {
            if (Thread.currentThread().isInterrupted()) {
                return Outcome.none("interrupted");
            }
            List<Object> pair = queue.removeFirst();
            int s = (Integer) pair.get(0);
            @SuppressWarnings("unchecked")
            List<Long> w = (List<Long>) pair.get(1);
            for (Map.Entry<List<Long>, Integer> e : graph.successors(s).entrySet()) {
                List<Long> x = e.getKey();
                int t = e.getValue();
                List<Long> y = graph.output(t);
                if (y == null) {
                    return Outcome.none("state " + graph.state(t) + " emits nothing");
                }
                List<Long> to = concat(remembered == Remembered.INPUTS ? x : y, w.subList(0, stateWidth - width));
                List<Long> key = concat(w, x);
                List<Long> nextBefore = next.putIfAbsent(key, to);
                if (nextBefore != null && !nextBefore.equals(to)) {
                    return Outcome.none("the last " + k + " " + remembered.noun + " " + w + " and input " + x + " lead to "
                            + nextBefore + " and " + to);
                }
                List<Long> outputBefore = output.putIfAbsent(to, y);
                if (outputBefore != null && !outputBefore.equals(y)) {
                    return Outcome.none("the last " + k + " " + remembered.noun + " " + to + " lead to outputs " + outputBefore + " and " + y);
                }
                long seen = counts.getOrDefault(concat(graph.state(s), x), 1L);
                nextSeen.merge(key, seen, Long::sum);
                outputSeen.merge(to, seen, Long::sum);
                List<Object> pairTo = List.of(t, to);
                if (visited.add(pairTo)) {
                    if (visited.size() > MAX_PAIRS) {
                        return Outcome.none("the machine and a window of " + k + " " + remembered.noun + " have more than "
                                + MAX_PAIRS + " joint states");
                    }
                    queue.addLast(pairTo);
                }
            }
        }
        if (next.isEmpty()) {
            return Outcome.none("no transitions");
        }
        List<StateMachine.Transition> transitions = new ArrayList<>();
        next.forEach((key, to) -> transitions.add(new StateMachine.Transition(key.subList(0, stateWidth), key.subList(stateWidth, key.size()),
                to, nextSeen.get(key))));
        List<StateMachine.Emission> emissions = new ArrayList<>();
        output.forEach((w, y) -> emissions.add(new StateMachine.Emission(w, y, outputSeen.get(w))));
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            for (int i = 0; i < width; i++) {
                names.add(width == 1 ? remembered.prefix + j : remembered.prefix + j + "_" + i);
            }
        }
        return Outcome.found(NumberedMachine.exact(new StateMachine(names, start, transitions, emissions)));
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> joined = new ArrayList<>(a.size() + b.size());
        joined.addAll(a);
        joined.addAll(b);
        return List.copyOf(joined);
    }
}
