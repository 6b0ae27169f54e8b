package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.represent.StateMachine;

/**
 * A machine rewritten with one code per state: its transitions and outputs carried over state by state,
 * with how often each was seen. States that share a code are merged, which is only allowed when the merged
 * machine is still a function: one next code per code and input, one output per code.
 */
final class Codes {

    private Codes() {
    }

    /** One-variable codes, by state index, as the lists {@link #apply} takes. */
    static List<List<Long>> single(long[] codes) {
        List<List<Long>> byState = new ArrayList<>(codes.length);
        for (long code : codes) {
            byState.add(List.of(code));
        }
        return byState;
    }

    /**
     * @param codes     each state's code, by its index in {@code graph}
     * @param variables the codes' variable names
     */
    static Outcome<NumberedMachine> apply(MachineGraph graph, List<List<Long>> codes, List<String> variables) {
        return apply(graph, codes, variables, Map.of());
    }

    /**
     * The same, with some observed transitions sent elsewhere: {@code extrapolated} maps a transition's
     * (state, input) in the original's labels to the code the numbered machine goes to instead.
     */
    static Outcome<NumberedMachine> apply(MachineGraph graph, List<List<Long>> codes, List<String> variables,
            Map<List<List<Long>>, List<Long>> extrapolated) {
        List<NumberedMachine.Extrapolation> departures = new ArrayList<>();
        Map<List<Long>, List<Long>> byState = new LinkedHashMap<>();
        for (int i = 0; i < graph.size(); i++) {
            byState.put(graph.state(i), codes.get(i));
        }
        Map<List<Long>, List<Long>> next = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> seen = new TreeMap<>(MachineGraph::compare);
        for (StateMachine.Transition t : graph.machine().transitions()) {
            List<Long> from = byState.get(t.state());
            List<Long> to = byState.get(t.next());
            List<Long> instead = extrapolated.get(List.of(t.state(), t.input()));
            if (instead != null && from != null) {
                departures.add(new NumberedMachine.Extrapolation(t, from, instead));
                to = instead;
            }
            if (from == null || to == null) {
                return Outcome.none("state " + (from == null ? t.state() : t.next()) + " is not reachable from the initial state");
            }
            List<Long> key = new ArrayList<>(from);
            key.addAll(t.input());
            List<Long> before = next.putIfAbsent(key, to);
            if (before != null && !before.equals(to)) {
                return Outcome.none("the code " + from + " leads to " + before + " and " + to + " on input " + t.input());
            }
            seen.merge(key, t.count(), Long::sum);
        }
        Map<List<Long>, List<Long>> emitted = new TreeMap<>(MachineGraph::compare);
        Map<List<Long>, Long> emittedSeen = new TreeMap<>(MachineGraph::compare);
        for (StateMachine.Emission e : graph.machine().emissions()) {
            List<Long> code = byState.get(e.state());
            if (code == null) {
                return Outcome.none("state " + e.state() + " is not reachable from the initial state");
            }
            List<Long> before = emitted.putIfAbsent(code, e.output());
            if (before != null && !before.equals(e.output())) {
                return Outcome.none("the code " + code + " is given to states with outputs " + before + " and " + e.output());
            }
            emittedSeen.merge(code, e.count(), Long::sum);
        }
        int stateWidth = variables.size();
        List<StateMachine.Transition> transitions = new ArrayList<>();
        next.forEach((key, to) -> transitions.add(new StateMachine.Transition(key.subList(0, stateWidth),
                key.subList(stateWidth, key.size()), to, seen.get(key))));
        List<StateMachine.Emission> emissions = new ArrayList<>();
        emitted.forEach((code, output) -> emissions.add(new StateMachine.Emission(code, output, emittedSeen.get(code))));
        return Outcome.found(new NumberedMachine(new StateMachine(variables, codes.get(0), transitions, emissions), departures));
    }
}
