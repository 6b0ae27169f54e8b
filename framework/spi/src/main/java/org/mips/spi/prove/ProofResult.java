package org.mips.spi.prove;

import java.util.Objects;

/**
 * What a verifier said about a proof.
 *
 * @param status what it concluded
 * @param detail one line: what was proven, the verifier's first error, or why it could not run
 * @param source the proof text that was checked
 */
public record ProofResult(Status status, String detail, String source) {

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
    }
}
