package org.mips.regressors.numbering;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.represent.StateMachine;

/**
 * A machine's observed transitions as a graph: the states in breadth-first order from the initial state
 * (inputs in the order the machine lists them), each state's successors by input, and each state's output.
 * Numberings propagate codes along it, so the order decides which of several equal codes is found first.
 */
final class MachineGraph {

    private final StateMachine machine;
    private final List<List<Long>> states = new ArrayList<>();
    private final Map<List<Long>, Integer> index = new LinkedHashMap<>();
    private final List<Map<List<Long>, Integer>> successors = new ArrayList<>();
    private final List<List<Long>> outputs = new ArrayList<>();
    private final List<List<Long>> inputs;
    private final boolean allReachable;

    MachineGraph(StateMachine machine) {
        this.machine = machine;
        Map<List<Long>, Map<List<Long>, List<Long>>> next = new LinkedHashMap<>();
        List<List<Long>> seenInputs = new ArrayList<>();
        for (StateMachine.Transition t : machine.transitions()) {
            next.computeIfAbsent(t.state(), s -> new LinkedHashMap<>()).put(t.input(), t.next());
            if (!seenInputs.contains(t.input())) {
                seenInputs.add(t.input());
            }
        }
        seenInputs.sort(MachineGraph::compare);
        this.inputs = List.copyOf(seenInputs);
        Map<List<Long>, List<Long>> emitted = new LinkedHashMap<>();
        machine.emissions().forEach(e -> emitted.put(e.state(), e.output()));
        Deque<List<Long>> queue = new ArrayDeque<>();
        add(machine.initial(), queue, emitted);
        while (!queue.isEmpty()) {
            List<Long> state = queue.removeFirst();
            Map<List<Long>, List<Long>> out = next.getOrDefault(state, Map.of());
            for (List<Long> input : inputs) {
                List<Long> target = out.get(input);
                if (target != null && !index.containsKey(target)) {
                    add(target, queue, emitted);
                }
            }
        }
        for (List<Long> state : states) {
            Map<List<Long>, Integer> byInput = new LinkedHashMap<>();
            Map<List<Long>, List<Long>> out = next.getOrDefault(state, Map.of());
            for (List<Long> input : inputs) {
                List<Long> target = out.get(input);
                if (target != null) {
                    byInput.put(input, index.get(target));
                }
            }
            successors.add(byInput);
        }
        this.allReachable = next.keySet().stream().allMatch(index::containsKey)
                && machine.emissions().stream().allMatch(e -> index.containsKey(e.state()));
    }

    private void add(List<Long> state, Deque<List<Long>> queue, Map<List<Long>, List<Long>> emitted) {
        index.put(state, states.size());
        states.add(state);
        outputs.add(emitted.get(state));
        queue.addLast(state);
    }

    StateMachine machine() {
        return machine;
    }

    /** States, the initial one first (index 0). */
    int size() {
        return states.size();
    }

    List<Long> state(int i) {
        return states.get(i);
    }

    /** Every input the machine was seen to read, in order. */
    List<List<Long>> inputs() {
        return inputs;
    }

    int inputDimension() {
        return inputs.isEmpty() ? 0 : inputs.get(0).size();
    }

    /** State {@code i}'s next state on each input it was seen to read, by index. */
    Map<List<Long>, Integer> successors(int i) {
        return successors.get(i);
    }

    /** State {@code i}'s output, or null if it was never seen to emit (the initial state, usually). */
    List<Long> output(int i) {
        return outputs.get(i);
    }

    /** Whether every state that has a transition or an output is reachable from the initial state. */
    boolean allReachable() {
        return allReachable;
    }

    /**
     * The initial state when it emits nothing and reads its inputs exactly like another state, whose index
     * is returned; -1 otherwise. Such an initial state may share that state's code.
     */
    int initialTwin() {
        if (output(0) != null) {
            return -1;
        }
        Map<List<Long>, Integer> first = successors(0);
        for (int s = 1; s < size(); s++) {
            Map<List<Long>, Integer> other = successors(s);
            boolean same = !first.isEmpty();
            for (Map.Entry<List<Long>, Integer> e : first.entrySet()) {
                Integer target = other.get(e.getKey());
                if (!e.getValue().equals(target)) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return s;
            }
        }
        return -1;
    }

    static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
