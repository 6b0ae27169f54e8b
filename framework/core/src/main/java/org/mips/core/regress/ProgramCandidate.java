package org.mips.core.regress;

import java.util.List;

/**
 * One machine regression tried: an extracted machine or a numbering of one, what its program came to, and
 * why it was or was not kept.
 *
 * @param name      the detector, then the numbering if any: {@code cluster}, {@code behaviour+residue}
 * @param detector  the detector whose machine it starts from
 * @param numbering the numbering applied to it; empty for the machine as extracted
 * @param status    how far it got
 * @param variables its state variables
 * @param states    its distinct states (0 when no numbering fitted)
 * @param size      the program's size: the formulas' node counts summed; 0 without a program
 * @param reason    why it lost, or for the chosen one, what it was checked on
 * @param formulas  its formulas, one per state variable and output (empty when no numbering fitted)
 */
public record ProgramCandidate(String name, String detector, String numbering, Status status, List<String> variables, int states,
        int size, String reason, List<Formula> formulas) {

    public ProgramCandidate {
        variables = List.copyOf(variables);
        formulas = List.copyOf(formulas);
    }

    public enum Status {
        /** The smallest program that passed verification (or, when none passed, the extracted machine's). */
        CHOSEN,
        /** Passed verification, but a smaller program did too. */
        LARGER,
        /** Its program fails verification. */
        FAILS_VERIFICATION,
        /** Some target got no formula. */
        NOT_FITTED,
        /** The numbering found no code for this machine. */
        NO_NUMBERING,
        /** Gives the same machine as an earlier candidate. */
        DUPLICATE,
        /** The numbering or regression threw or overran its time. */
        FAILED,
        /** Not regressed: the choice's budget had run out before its turn. */
        NOT_TRIED
    }

    ProgramCandidate with(Status newStatus, String newReason) {
        return new ProgramCandidate(name, detector, numbering, newStatus, variables, states, size, newReason, formulas);
    }
}
