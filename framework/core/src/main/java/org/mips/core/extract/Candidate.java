package org.mips.core.extract;

import java.util.List;

/**
 * What one detector made of the trace.
 *
 * @param detector           the detector's id
 * @param status             how far it got
 * @param reason             why it was not kept; empty for the one chosen
 * @param variables          its discrete variables (empty when it found none)
 * @param states             distinct states its machine has (0 without a machine)
 * @param descriptionLength  bits per coordinate (reference section 5.3); NaN when it found nothing
 */
public record Candidate(String detector, Status status, String reason, List<String> variables, int states,
        double descriptionLength) {

    public Candidate {
        variables = List.copyOf(variables);
    }

    public enum Status {
        /** Chosen: a deterministic machine with the smallest description length. */
        CHOSEN,
        /** A deterministic machine, but a longer description than the chosen one. */
        LONGER,
        /** A deterministic machine from a last-resort detector, set aside because another detector found one. */
        SET_ASIDE,
        /** A representation whose machine is not deterministic on the trace. */
        NOT_DETERMINISTIC,
        /** The detector found no representation. */
        NONE,
        /** The detector threw or overran its time limit. */
        FAILED
    }
}
