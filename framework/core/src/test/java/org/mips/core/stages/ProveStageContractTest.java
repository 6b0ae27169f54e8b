package org.mips.core.stages;

import java.time.Duration;
import java.util.List;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.prove.Obligation;
import org.mips.spi.prove.ProofResult;
import org.mips.spi.prove.Prover;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/**
 * The prove stage against the stage contract, on Parity_All's program and machine, with a prover that
 * writes the obligation's claim and, having no verifier, answers that it is not available (never proven).
 */
class ProveStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new ProveStage();
    }

    private static final class NoVerifier implements Prover {

        @Override
        public String id() {
            return "no-verifier";
        }

        @Override
        public String description() {
            return "writes the claim, verifies nothing";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public String write(Obligation obligation) {
            return obligation.getClass().getSimpleName() + "\n";
        }

        @Override
        public ProofResult prove(Obligation obligation, Duration timeout) {
            return new ProofResult(ProofResult.Status.NOT_AVAILABLE, "no verifier in this test", write(obligation));
        }
    }

    @Override
    protected StageFixture fixture() {
        ParityTask task = new ParityTask();
        return new StageFixture(task, task.dataset(42), Configuration.defaults(),
                FakeComponents.of(new NoVerifier(), ParityArtifacts.knowing("p", "x", "p ^ x")),
                List.of(StageFixture.artifact(RunArtifacts.PROGRAM, ParityArtifacts.program("p ^ x")),
                        StageFixture.artifact(RunArtifacts.MACHINE, ParityArtifacts.machine())));
    }
}
