package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;

/**
 * The contract every {@link Prover} must meet. A plugin's test extends this class and returns its prover,
 * and the same prover configured with a verifier that is not there. With the real verifier (a missing one
 * fails the tests, as in the emitter contract: a contract that cannot fail proves nothing) it must prove
 * the true obligations of {@link ContractObligations}, and answer {@link ProofResult.Status#FAILED} for
 * every false one and for a proof that outruns its timeout; without its verifier it must answer
 * {@link ProofResult.Status#NOT_AVAILABLE}. Every answer says why in one line and carries the proof text,
 * which is what {@link Prover#write} gives, the same for equal obligations.
 */
public abstract class AbstractProverContractTest {

    /** The prover under test, with its verifier; may return a new instance on every call. */
    protected abstract Prover prover();

    /** The same prover told to use a verifier that does not exist. */
    protected abstract Prover proverWithoutItsVerifier();

    /** The time each proof is given. */
    protected Duration timeout() {
        return Duration.ofMinutes(3);
    }

    /** More a plugin checks about a proof its verifier accepted, e.g. the verifier's own words in the detail. */
    protected void checkProven(Obligation obligation, ProofResult result) {
    }

    /** More a plugin checks about a proof its verifier rejected. */
    protected void checkRejected(Obligation obligation, ProofResult result) {
    }

    @Test
    void idAndFileExtensionAreWellFormed() {
        Prover prover = prover();
        String id = prover.id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(prover.description().isBlank(), "blank description");
        String extension = prover.fileExtension();
        assertFalse(extension == null || extension.isBlank() || extension.contains(".") || extension.contains("/"),
                "file extension '" + extension + "' must be a bare extension without a dot");
    }

    @TestFactory
    Stream<DynamicTest> writingIsDeterministic() {
        Stream<Supplier<Obligation>> obligations = Stream.of(ContractObligations::mirroredCounter, ContractObligations::offsetSum,
                ContractObligations::parityTables);
        return obligations.map(make -> DynamicTest.dynamicTest(make.get().name(), () -> {
            String first = prover().write(make.get());
            assertFalse(first == null || first.isBlank(), "empty proof text");
            assertEquals(first, prover().write(make.get()), "two proofs of equal obligations differ");
        }));
    }

    @TestFactory
    Stream<DynamicTest> provesTrueObligations() {
        return Stream.of(ContractObligations.mirroredCounter(), ContractObligations.offsetSum(), ContractObligations.parityTables())
                .map(obligation -> DynamicTest.dynamicTest(obligation.name() + ": " + obligation.claim(), () -> {
                    ProofResult result = prove(prover(), obligation, timeout());
                    assertEquals(ProofResult.Status.PROVEN, result.status(), () -> result.detail() + "\n" + result.source());
                    checkProven(obligation, result);
                }));
    }

    @TestFactory
    Stream<DynamicTest> neverProvesFalseObligations() {
        return Stream.of(
                DynamicTest.dynamicTest("wrong output", () -> assertRejected(ContractObligations.mirroredCounterWrongOutput())),
                DynamicTest.dynamicTest("wrong abstraction", () -> assertRejected(ContractObligations.mirroredCounterWrongAbstraction())),
                DynamicTest.dynamicTest("invariant that is not inductive", () -> assertRejected(ContractObligations.mirroredCounterWrongInvariant())),
                DynamicTest.dynamicTest("formulas that miss a row", () -> assertRejected(ContractObligations.parityTablesWrong())));
    }

    @Test
    void aProofThatOutrunsItsTimeoutFails() {
        ProofResult result = prove(prover(), ContractObligations.mirroredCounter(), Duration.ofMillis(1));
        assertEquals(ProofResult.Status.FAILED, result.status(), () -> "with a timeout of 1 ms: " + result.detail());
    }

    @Test
    void withoutItsVerifierItClaimsNothing() {
        Obligation obligation = ContractObligations.mirroredCounter();
        ProofResult result = prove(proverWithoutItsVerifier(), obligation, timeout());
        assertEquals(ProofResult.Status.NOT_AVAILABLE, result.status(), result::detail);
    }

    private void assertRejected(Obligation obligation) {
        ProofResult result = prove(prover(), obligation, timeout());
        assertEquals(ProofResult.Status.FAILED, result.status(), () -> "a false obligation: " + result.detail() + "\n" + result.source());
        checkRejected(obligation, result);
    }

    /** Proves, and checks what every answer must carry: a reason in one line and the proof text. */
    private static ProofResult prove(Prover prover, Obligation obligation, Duration timeout) {
        ProofResult result = prover.prove(obligation, timeout);
        assertNotNull(result, "prove returned null");
        assertFalse(result.detail().isBlank() || result.detail().contains("\n"), () -> "the detail must be one line: '" + result.detail() + "'");
        assertEquals(prover.write(obligation), result.source(), "the result must carry the proof text write gives");
        return result;
    }
}
