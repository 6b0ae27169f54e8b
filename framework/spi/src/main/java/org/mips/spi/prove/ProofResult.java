package org.mips.spi.prove;

import java.util.List;
import java.util.Objects;

/**
 * What a verifier said about a proof.
 *
 * @param status what it concluded
 * @param detail one line: what was proven, the verifier's first error, or why it could not run
 * @param source the proof text that was checked
 * @param covered  the properties of a {@link Refinement} that the checked proof includes, so that the
 *                 verdict speaks for them too; a property a prover does not list here counts as not proven
 * @param unproven the properties it left out, each with the reason (e.g. a kind the prover does not know)
 */
public record ProofResult(Status status, String detail, String source, List<Property> covered, List<Unproven> unproven) {

    /** A verdict on the obligation alone, covering none of its properties. */
    public ProofResult(Status status, String detail, String source) {
        this(status, detail, source, List.of(), List.of());
    }

    /** A property the prover left out of its proof, e.g. of a kind it does not know. */
    public record Unproven(Property property, String reason) {
        public Unproven {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public enum Status {
        /** The verifier ran and accepted every lemma (exit status 0). */
        PROVEN,
        /** The verifier rejected the proof, did not finish in time, or could not parse it. */
        FAILED,
        /** The verifier is not installed; nothing is claimed. */
        NOT_AVAILABLE
    }

    public ProofResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
        covered = List.copyOf(covered);
        unproven = List.copyOf(unproven);
    }
}
