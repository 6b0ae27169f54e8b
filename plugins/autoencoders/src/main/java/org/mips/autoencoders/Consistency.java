package org.mips.autoencoders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.mips.spi.Outcome;
import org.mips.spi.represent.Representation;

/**
 * Whether codes make the trace a deterministic Moore machine: every (state, input) pair seen leads to one
 * next state, and every state seen after a step emits one rounded output. A representation that fails
 * either cannot be turned into the state machine of reference section 5.4, so no detector returns it.
 */
final class Consistency {

    private Consistency() {
    }

    /**
     * The first contradiction on the trace, if any.
     *
     * @param codes the code of every point of {@code states}, in {@link TraceStates#points()} order
     */
    static Optional<String> violation(TraceStates states, long[][] codes) {
        int rows = states.rows();
        Map<List<Code>, Integer> successorRow = new HashMap<>();
        Map<Code, Integer> outputRow = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            Code state = new Code(codes[r]);
            Code input = new Code(states.input(r));
            Code next = new Code(codes[rows + r]);
            Integer seen = successorRow.putIfAbsent(List.of(state, input), r);
            if (seen != null && !new Code(codes[rows + seen]).equals(next)) {
                return Optional.of("state " + state + " with input " + input + " leads to both " + new Code(codes[rows + seen])
                        + " (row " + seen + ") and " + next + " (row " + r + ")");
            }
            Integer emitted = outputRow.putIfAbsent(next, r);
            if (emitted != null && !new Code(states.roundedOutput(emitted)).equals(new Code(states.roundedOutput(r)))) {
                return Optional.of("state " + next + " emits both " + new Code(states.roundedOutput(emitted)) + " (row " + emitted
                        + ") and " + new Code(states.roundedOutput(r)) + " (row " + r + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * {@code candidate} scored by its description length on the trace's states, or none with the
     * contradiction when its codes are not a deterministic machine on the trace.
     *
     * @param withLength the candidate with the given description length
     * @param what       what the candidate is, for the reason ("the 3-bit code")
     */
    static <R extends Representation> Outcome<R> scored(R candidate, TraceStates states, DoubleFunction<R> withLength,
            String what) {
        long[][] codes = encodeAll(candidate, states.points());
        Optional<String> violation = violation(states, codes);
        if (violation.isPresent()) {
            return Outcome.none(what + " is not a deterministic machine on the trace: " + violation.get());
        }
        return Outcome.found(withLength.apply(DescriptionLength.of(candidate, states.points(), codes)));
    }

    /** Encodes every point of {@code states}. */
    static long[][] encodeAll(Representation representation, double[][] points) {
        long[][] codes = new long[points.length][];
        for (int i = 0; i < points.length; i++) {
            codes[i] = representation.encode(points[i]);
        }
        return codes;
    }
}
