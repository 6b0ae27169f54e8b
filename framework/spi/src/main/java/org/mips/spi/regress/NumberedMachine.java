package org.mips.spi.regress;

import java.util.List;
import java.util.Objects;
import org.mips.spi.represent.StateMachine;

/**
 * A machine with new state codes ({@link StateNumbering}), and the observed transitions it does not keep.
 *
 * <p>A network trained on sequences of length T has only ever counted up to T: where a count leaves the
 * range it was trained on, its machine falls into a state that ignores the rest (Balanced_Parenthesis's
 * network, having seen eight opening brackets in ten steps, gives up). A counter numbering may replace such
 * a transition by its own rule so that the count goes on; it lists every one it replaced, so that nothing
 * is claimed of the network there, and verification decides whether the rule was right.
 *
 * @param machine       the numbered machine
 * @param extrapolated  the observed transitions (in the original's states) the numbered machine does not
 *                      follow, each with where the numbered machine goes instead; empty for an exact numbering
 */
public record NumberedMachine(StateMachine machine, List<Extrapolation> extrapolated) {

    public NumberedMachine {
        Objects.requireNonNull(machine, "machine");
        extrapolated = List.copyOf(extrapolated);
    }

    /** A numbering that keeps every observed transition. */
    public static NumberedMachine exact(StateMachine machine) {
        return new NumberedMachine(machine, List.of());
    }

    /**
     * One observed transition replaced by the numbering's rule.
     *
     * @param observed the original machine's transition
     * @param from     the numbered state it leaves
     * @param to       where the numbered machine goes instead
     */
    public record Extrapolation(StateMachine.Transition observed, List<Long> from, List<Long> to) {
        public Extrapolation {
            Objects.requireNonNull(observed, "observed");
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
