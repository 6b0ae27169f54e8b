package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;
import org.mips.testkit.AbstractProverContractTest;

class DafnyProverContractTest extends AbstractProverContractTest {

    @Override
    protected Prover prover() {
        return new DafnyProver();
    }

    @Override
    protected Prover proverWithoutItsVerifier() {
        return new DafnyProver("/nonexistent");
    }

    @Override
    protected void checkProven(Obligation obligation, ProofResult result) {
        assertTrue(result.detail().startsWith("dafny: finished with"), result.detail());
    }

    @Override
    protected void checkRejected(Obligation obligation, ProofResult result) {
        assertTrue(result.detail().startsWith("dafny exit 4: "), result.detail());
    }
}
