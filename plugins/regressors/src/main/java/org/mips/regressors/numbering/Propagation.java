package org.mips.regressors.numbering;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Codes spread from the initial state along the observed transitions by an update rule: the initial state
 * gets code 0, every other state the rule's value at its predecessor. Fails at the first state the rule
 * would give two codes; two states may get the same code ({@link Codes} decides whether they may merge).
 */
final class Propagation {

    /** An update rule on one integer code. */
    @FunctionalInterface
    interface Rule {
        long next(long code, List<Long> input);
    }

    /** An update rule that may depend on which state it leaves (an absorbing state keeps its code). */
    @FunctionalInterface
    interface StateRule {
        long next(int state, long code, List<Long> input);
    }

    private Propagation() {
    }

    /** Each state's code by index, or null when the rule gives some state two codes or reaches not all. */
    static long[] codes(MachineGraph graph, Rule rule) {
        return codes(graph, (s, code, x) -> rule.next(code, x), null, 0);
    }

    /**
     * The spread from {@code initial}, the initial state's code (a rule that is not shift-invariant, like a
     * carry's, needs it), with a rule that knows the state it leaves. When {@code conflicts} is given, an edge
     * that would give its target a second code is added to it (as {@code {state, input index}}) and the
     * target keeps its first code; otherwise such an edge fails the spread. Null when it fails or some state
     * is not reached.
     */
    static long[] codes(MachineGraph graph, StateRule rule, List<int[]> conflicts, long initial) {
        long[] codes = new long[graph.size()];
        codes[0] = initial;
        boolean[] set = new boolean[graph.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        set[0] = true;
        queue.add(0);
        int reached = 1;
        while (!queue.isEmpty()) {
            int s = queue.removeFirst();
            for (Map.Entry<List<Long>, Integer> e : graph.successors(s).entrySet()) {
                long code = rule.next(s, codes[s], e.getKey());
                int t = e.getValue();
                if (!set[t]) {
                    set[t] = true;
                    codes[t] = code;
                    queue.addLast(t);
                    reached++;
                } else if (codes[t] != code) {
                    if (conflicts == null) {
                        return null;
                    }
                    conflicts.add(new int[] {s, graph.inputs().indexOf(e.getKey())});
                }
            }
        }
        return reached == graph.size() ? codes : null;
    }
}
