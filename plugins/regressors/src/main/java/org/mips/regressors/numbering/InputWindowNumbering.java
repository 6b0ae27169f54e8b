package org.mips.regressors.numbering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * The state as the last k inputs, zero before the first: {@code p1' = x, p2' = p1, ...}. Tasks over a
 * sliding window (Parity_Last3, Alternating_Last4, Current_Number) are such machines, and their outputs
 * become formulas over a few remembered inputs instead of a table over labels. The shortest window (up to
 * {@value #MAX_WINDOW}) whose every content leads to one output is kept; it is read off the product of
 * the machine and the window, so it holds exactly where the machine was observed.
 */
@Extension
public final class InputWindowNumbering implements StateNumbering {

    static final int MAX_WINDOW = 4;
    /** Pairs of (state, window) explored at most per window length. */
    static final int MAX_PAIRS = 200_000;

    @Override
    public String id() {
        return "input-window";
    }

    @Override
    public String description() {
        return "States as the last k inputs (k up to " + MAX_WINDOW + "), zero before the first";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        String why = "no transitions";
        for (int k = 1; k <= MAX_WINDOW; k++) {
            Outcome<NumberedMachine> found = window(graph, k);
            if (found instanceof Outcome.Found<NumberedMachine>) {
                return found;
            }
            why = ((Outcome.None<NumberedMachine>) found).reason();
        }
        return Outcome.none(why);
    }

    private static Outcome<NumberedMachine> window(MachineGraph graph, int k) {
        int d = graph.inputDimension();
        List<Long> start = new ArrayList<>(Collections.nCopies(k * d, 0L));
        Map<List<Long>, List<Long>> output = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> outputSeen = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, List<Long>> next = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> nextSeen = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> counts = new java.util.HashMap<>();
        for (StateMachine.Transition t : graph.machine().transitions()) {
            List<Long> key = new ArrayList<>(t.state());
            key.addAll(t.input());
            counts.put(key, t.count());
        }
        Set<List<Object>> visited = new HashSet<>();
        Deque<List<Object>> queue = new ArrayDeque<>();
        List<Object> first = List.of(0, start);
        visited.add(first);
        queue.add(first);
        while (!queue.isEmpty()) {
            List<Object> pair = queue.removeFirst();
            int s = (Integer) pair.get(0);
            @SuppressWarnings("unchecked")
            List<Long> w = (List<Long>) pair.get(1);
            for (Map.Entry<List<Long>, Integer> e : graph.successors(s).entrySet()) {
                List<Long> x = e.getKey();
                int t = e.getValue();
                List<Long> shifted = new ArrayList<>(x);
                shifted.addAll(w.subList(0, (k - 1) * d));
                List<Long> to = List.copyOf(shifted);
                List<Long> y = graph.output(t);
                List<Long> before = output.putIfAbsent(to, y);
                if (before != null && !before.equals(y)) {
                    return Outcome.none("the last " + k + " inputs " + to + " lead to outputs " + before + " and " + y);
                }
                List<Long> key = new ArrayList<>(w);
                key.addAll(x);
                next.put(key, to);
                List<Long> original = new ArrayList<>(graph.state(s));
                original.addAll(x);
                long seen = counts.getOrDefault(original, 1L);
                nextSeen.merge(key, seen, Long::sum);
                outputSeen.merge(to, seen, Long::sum);
                List<Object> pairTo = List.of(t, to);
                if (visited.add(pairTo)) {
                    if (visited.size() > MAX_PAIRS) {
                        return Outcome.none("the machine and a window of " + k + " inputs have more than " + MAX_PAIRS + " joint states");
                    }
                    queue.addLast(pairTo);
                }
            }
        }
        if (next.isEmpty()) {
            return Outcome.none("no transitions");
        }
        List<StateMachine.Transition> transitions = new ArrayList<>();
        next.forEach((key, to) -> transitions.add(new StateMachine.Transition(key.subList(0, k * d), key.subList(k * d, key.size()),
                to, nextSeen.get(key))));
        List<StateMachine.Emission> emissions = new ArrayList<>();
        output.forEach((w, y) -> emissions.add(new StateMachine.Emission(w, y, outputSeen.get(w))));
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            for (int i = 0; i < d; i++) {
                names.add(d == 1 ? "p" + j : "p" + j + "_" + i);
            }
        }
        return Outcome.found(NumberedMachine.exact(new StateMachine(names, start, transitions, emissions)));
    }
}
