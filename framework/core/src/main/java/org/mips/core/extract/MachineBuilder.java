package org.mips.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.StateMachine;

/**
 * The finite state machine a representation reads off a trace (reference section 5.4): the state of
 * {@code h = 0} as the initial state, every observed {@code (state, input) -> next state}, and every
 * observed {@code state -> output} (the network's outputs rounded half to even). A representation only
 * yields a machine if both tables are functions on the trace: one next state per state and input, one
 * output per state.
 */
public final class MachineBuilder {

    private MachineBuilder() {
    }

    public static Outcome<StateMachine> build(Representation representation, HiddenTrace trace) {
        if (trace.rows() == 0) {
            return Outcome.none("the trace is empty");
        }
        int n = trace.hiddenDim();
        int d = trace.inputDim();
        int k = trace.outputDim();
        List<Long> initial = States.of(representation.encode(new double[n]));
        Map<List<Long>, Map<List<Long>, long[]>> transitions = new TreeMap<>(States::compare);
        Map<List<Long>, Map<List<Long>, long[]>> emissions = new TreeMap<>(States::compare);
        for (int r = 0; r < trace.rows(); r++) {
            List<Long> state = States.of(representation.encode(Arrays.copyOfRange(trace.previous(), r * n, r * n + n)));
            List<Long> next = States.of(representation.encode(Arrays.copyOfRange(trace.next(), r * n, r * n + n)));
            List<Long> input = new ArrayList<>(d);
            for (int i = 0; i < d; i++) {
                input.add(trace.inputs()[r * d + i]);
            }
            List<Long> output = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                double y = trace.outputs()[r * k + j];
                if (!Double.isFinite(y)) {
                    return Outcome.none("the network's output is not finite at trace row " + r);
                }
                output.add((long) Math.rint(y));
            }
            List<Long> key = new ArrayList<>(state);
            key.addAll(input);
            count(transitions, List.copyOf(key), next);
            count(emissions, next, output);
        }
        String conflict = firstConflict(transitions, "state and input", d);
        if (conflict == null) {
            conflict = firstConflict(emissions, "state", 0);
        }
        if (conflict != null) {
            return Outcome.none(conflict);
        }
        List<StateMachine.Transition> table = new ArrayList<>();
        transitions.forEach((key, nexts) -> nexts.forEach((next, seen) -> table.add(new StateMachine.Transition(
                key.subList(0, key.size() - d), key.subList(key.size() - d, key.size()), next, seen[0]))));
        List<StateMachine.Emission> outputs = new ArrayList<>();
        emissions.forEach((state, ys) -> ys.forEach((y, seen) -> outputs.add(new StateMachine.Emission(state, y, seen[0]))));
        return Outcome.found(new StateMachine(representation.variables(), initial, table, outputs));
    }

    private static void count(Map<List<Long>, Map<List<Long>, long[]>> table, List<Long> key, List<Long> value) {
        table.computeIfAbsent(key, x -> new TreeMap<>(States::compare)).computeIfAbsent(value, x -> new long[1])[0]++;
    }

    /** The first key seen with two values, described with how often each was seen; null if none. */
    private static String firstConflict(Map<List<Long>, Map<List<Long>, long[]>> table, String what, int inputs) {
        for (Map.Entry<List<Long>, Map<List<Long>, long[]>> entry : table.entrySet()) {
            if (entry.getValue().size() > 1) {
                List<Long> key = entry.getKey();
                String where = inputs == 0 ? "state " + key
                        : "state " + key.subList(0, key.size() - inputs) + " and input " + key.subList(key.size() - inputs, key.size());
                StringBuilder values = new StringBuilder();
                entry.getValue().forEach((value, seen) -> values.append(values.length() == 0 ? "" : ", ").append(value)
                        .append(" (").append(seen[0]).append("x)"));
                return "not deterministic: " + where + " lead" + (inputs == 0 ? "s to outputs " : " to states ") + values;
            }
        }
        return null;
    }
}
