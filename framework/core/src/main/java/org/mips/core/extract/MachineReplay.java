package org.mips.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.network.Network;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.SequenceBatch;

/**
 * Runs a state machine on held-out input sequences beside the network and compares the machine's
 * outputs with the network's rounded ones, step by step: the check that the machine is what the
 * network computes beyond the trace it was read from.
 *
 * @param sequences   held-out sequences replayed
 * @param agreeing    sequences on which every output agreed
 * @param disagreement the first sequence on which the two differ or the machine met a state and input
 *                    it never saw, described in one line; empty when they always agree
 */
public record MachineReplay(int sequences, int agreeing, String disagreement) {

    public boolean passed() {
        return disagreement.isEmpty();
    }

    public static MachineReplay run(StateMachine machine, Network network, SequenceBatch inputs) {
        Map<List<Long>, List<Long>> next = new HashMap<>();
        for (StateMachine.Transition t : machine.transitions()) {
            List<Long> key = new ArrayList<>(t.state());
            key.addAll(t.input());
            next.put(key, t.next());
        }
        Map<List<Long>, List<Long>> output = new HashMap<>();
        for (StateMachine.Emission e : machine.emissions()) {
            output.put(e.state(), e.output());
        }
        int agreeing = 0;
        String first = null;
        for (int s = 0; s < inputs.count(); s++) {
            String problem = replay(inputs.sequence(s), machine.initial(), next, output, network);
            if (problem == null) {
                agreeing++;
            } else if (first == null) {
                first = "sequence " + s + " " + problem;
            }
        }
        return new MachineReplay(inputs.count(), agreeing, first == null ? "" : first);
    }

    /** Null when machine and network agree on every step, else where and how they part. */
    private static String replay(long[][] x, List<Long> initial, Map<List<Long>, List<Long>> next,
            Map<List<Long>, List<Long>> output, Network network) {
        double[][] y = network.run(x);
        List<Long> state = initial;
        for (int t = 0; t < x.length; t++) {
            List<Long> key = new ArrayList<>(state);
            for (long value : x[t]) {
                key.add(value);
            }
            List<Long> following = next.get(key);
            if (following == null) {
                return "step " + t + ": the machine never saw state " + state + " with input " + key.subList(state.size(), key.size());
            }
            state = following;
            List<Long> emitted = output.get(state);
            List<Long> expected = new ArrayList<>();
            for (double value : y[t]) {
                expected.add((long) Math.rint(value));
            }
            if (!expected.equals(emitted)) {
                return "step " + t + ": the machine outputs " + emitted + " in state " + state + ", the network " + expected;
            }
        }
        return null;
    }
}
