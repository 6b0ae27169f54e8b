package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * A counter: {@code c' = c + b·x + k}, the initial state 0, coefficients between -{@value InputTerm#MAX_STEP} and
 * {@value InputTerm#MAX_STEP}. A network trained on short sequences can only have visited finitely many counts, so
 * its machine is a chain of labels; numbered as a counter it becomes one integer variable whose update
 * holds however long the sequence (Majority: {@code c' = c + 2x - 1}, y = {@code c > 0}). Of a counter and its
 * negation, the one whose first non-zero coefficient is positive is kept.
 */
@Extension
public final class CounterNumbering implements StateNumbering {

    @Override
    public String id() {
        return "counter";
    }

    @Override
    public String description() {
        return "States as a counter: c' = c + b.x + k, small integer b and k";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        MachineGraph graph = new MachineGraph(machine);
        if (!graph.allReachable()) {
            return Outcome.none("some observed state is not reachable from the initial state");
        }
        if (graph.size() < 3) {
            return Outcome.none("fewer than three states: nothing to count");
        }
        int d = graph.inputDimension();
        List<InputTerm> terms = InputTerm.small(graph.inputDimension(), false);
        for (boolean extrapolate : new boolean[] {false, true}) {
            for (InputTerm term : terms) {
                if (Thread.currentThread().isInterrupted()) {
                    return Outcome.none("interrupted");
                }
                Propagation.Rule rule = (c, x) -> c + term.apply(x);
                Outcome<NumberedMachine> numbered = extrapolate ? extrapolated(graph, rule) : exact(graph, rule);
                if (numbered instanceof Outcome.Found<NumberedMachine>) {
                    return numbered;
                }
            }
        }
        return Outcome.none("no rule c' = c + b.x + k with coefficients in [-" + InputTerm.MAX_STEP + ", " + InputTerm.MAX_STEP
                + "] numbers the states consistently");
    }

    private static Outcome<NumberedMachine> exact(MachineGraph graph, Propagation.Rule rule) {
        long[] codes = Propagation.codes(graph, rule);
        return codes == null ? Outcome.none("inconsistent") : Codes.apply(graph, Codes.single(codes), List.of("c"));
    }

    /**
     * The counter where the network stopped counting: an absorbing state (one that only loops to itself,
     * like Balanced_Parenthesis's "closed too soon") keeps its code, and an observed transition the rule
     * contradicts is replaced by the rule only when it leaves the lowest or highest count observed and the
     * rule takes it further out (the saturated ends of a count the training length never let grow further).
     */
    private static Outcome<NumberedMachine> extrapolated(MachineGraph graph, Propagation.Rule rule) {
        boolean[] absorbing = new boolean[graph.size()];
        for (int s = 1; s < graph.size(); s++) {
            int state = s;
            absorbing[s] = !graph.successors(s).isEmpty() && graph.successors(s).values().stream().allMatch(t -> t == state);
        }
        List<int[]> conflicts = new ArrayList<>();
        long[] codes = Propagation.codes(graph, (s, c, x) -> absorbing[s] ? c : rule.next(c, x), conflicts, 0);
        if (codes == null || conflicts.isEmpty()) {
            return Outcome.none("inconsistent");
        }
        long lo = Arrays.stream(codes).min().orElseThrow();
        long hi = Arrays.stream(codes).max().orElseThrow();
        Map<List<List<Long>>, List<Long>> instead = new HashMap<>();
        for (int[] conflict : conflicts) {
            List<Long> input = graph.inputs().get(conflict[1]);
            long from = codes[conflict[0]];
            long v = rule.next(from, input);
            // Only a step past an end of the observed counts, from that end: a count the training length cut off.
            if (!(from == lo && v < lo) && !(from == hi && v > hi)) {
                return Outcome.none("inconsistent within the observed counts");
            }
            instead.put(List.of(graph.state(conflict[0]), input), List.of(v));
        }
        return Codes.apply(graph, Codes.single(codes), List.of("c"), instead);
    }
}
