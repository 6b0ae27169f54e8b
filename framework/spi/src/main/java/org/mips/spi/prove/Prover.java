package org.mips.spi.prove;

import java.time.Duration;
import org.mips.spi.Component;

/**
 * Writes a proof of an {@link Obligation} (a {@link Refinement}, a {@link Simulation} or a {@link TableAgreement}) in a
 * verifier's language and runs the verifier on it. Only the
 * verifier's own success counts as {@link ProofResult.Status#PROVEN}; a missing verifier gives
 * {@link ProofResult.Status#NOT_AVAILABLE}, never a guess. Implementations are stateless and thread-safe.
 */
public interface Prover extends Component {

    /** File name extension of the proofs, without the dot, e.g. {@code dfy}. */
    String fileExtension();

    /** The proof text of {@code obligation}, without running the verifier. */
    String write(Obligation obligation);

    /**
     * Writes the proof and runs the verifier on it; a verifier that runs longer than {@code timeout} is
     * killed and the result is {@link ProofResult.Status#FAILED} with that reason.
     */
    ProofResult prove(Obligation obligation, Duration timeout);
}
