package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;

/** Guards the guard: the prover contract passes an honest prover and fails broken ones. */
class ProverContractTest {

    /** What a broken prover gets wrong. */
    enum Flaw { NONE, ALWAYS_PROVEN, IGNORES_TIMEOUT, GUESSES_WITHOUT_VERIFIER, RANDOM_TEXT }

    /**
     * A prover whose "verifier" knows the true obligations of {@link ContractObligations} (an honest oracle
     * for exactly these), takes a second to run, and is there or not; with one flaw at a time.
     */
    record OracleProver(boolean verifierInstalled, Flaw flaw) implements Prover {

        private static final List<Obligation> TRUE = List.of(ContractObligations.mirroredCounter(), ContractObligations.offsetSum(),
                ContractObligations.parityTables());
        private static final Duration RUNNING_TIME = Duration.ofSeconds(1);

        @Override
        public String id() {
            return "oracle";
        }

        @Override
        public String description() {
            return "knows which contract obligations are true";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public String write(Obligation obligation) {
            return "prove " + obligation + (flaw == Flaw.RANDOM_TEXT ? " #" + System.nanoTime() : "");
        }

        @Override
        public ProofResult prove(Obligation obligation, Duration timeout) {
            String source = write(obligation);
            if (!verifierInstalled) {
                return flaw == Flaw.GUESSES_WITHOUT_VERIFIER ? new ProofResult(ProofResult.Status.PROVEN, "probably fine", source)
                        : new ProofResult(ProofResult.Status.NOT_AVAILABLE, "the oracle is not installed", source);
            }
            if (timeout.compareTo(RUNNING_TIME) < 0 && flaw != Flaw.IGNORES_TIMEOUT) {
                return new ProofResult(ProofResult.Status.FAILED, "did not finish within " + timeout, source);
            }
            boolean proven = flaw == Flaw.ALWAYS_PROVEN || TRUE.contains(obligation);
            return new ProofResult(proven ? ProofResult.Status.PROVEN : ProofResult.Status.FAILED, proven ? "proven" : "rejected", source);
        }
    }

    /** The contract over an oracle prover with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractProverContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected Prover prover() {
            return new OracleProver(true, flaw);
        }

        @Override
        protected Prover proverWithoutItsVerifier() {
            return new OracleProver(false, flaw);
        }
    }

    static final class Honest extends Contract {
        Honest() {
            super(Flaw.NONE);
        }
    }

    static final class AlwaysProven extends Contract {
        AlwaysProven() {
            super(Flaw.ALWAYS_PROVEN);
        }
    }

    static final class IgnoresTimeout extends Contract {
        IgnoresTimeout() {
            super(Flaw.IGNORES_TIMEOUT);
        }
    }

    static final class GuessesWithoutVerifier extends Contract {
        GuessesWithoutVerifier() {
            super(Flaw.GUESSES_WITHOUT_VERIFIER);
        }
    }

    static final class RandomText extends Contract {
        RandomText() {
            super(Flaw.RANDOM_TEXT);
        }
    }

    @Test
    void anHonestProverPasses() {
        ContractRun run = ContractRun.of(Honest.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(4, run.passes("neverProvesFalseObligations"), run::toString);
    }

    @Test
    void aProverThatAlwaysSaysProvenFails() {
        ContractRun run = ContractRun.of(AlwaysProven.class);
        assertEquals(Set.of("neverProvesFalseObligations"), run.failedMethods(), run::toString);
        assertEquals(4, run.failures("neverProvesFalseObligations"), run::toString);
    }

    @Test
    void aProverThatIgnoresItsTimeoutFails() {
        ContractRun run = ContractRun.of(IgnoresTimeout.class);
        assertEquals(Set.of("aProofThatOutrunsItsTimeoutFails"), run.failedMethods(), run::toString);
    }

    @Test
    void aProverThatGuessesWithoutItsVerifierFails() {
        ContractRun run = ContractRun.of(GuessesWithoutVerifier.class);
        assertEquals(Set.of("withoutItsVerifierItClaimsNothing"), run.failedMethods(), run::toString);
    }

    @Test
    void aProverWhoseTextChangesFromRunToRunFails() {
        ContractRun run = ContractRun.of(RandomText.class);
        assertTrue(run.failedMethods().contains("writingIsDeterministic"), run::toString);
        assertTrue(run.failedMethods().contains("provesTrueObligations"), run::toString);
    }
}
