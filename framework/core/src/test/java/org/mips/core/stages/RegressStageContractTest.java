package org.mips.core.stages;

import java.util.List;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.regress.Regressor;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/** The regress stage against the stage contract: Parity_All's machine, with a regressor that knows its formulas and one that does not. */
class RegressStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new RegressStage();
    }

    private static StageFixture with(Regressor regressor) {
        ParityTask task = new ParityTask();
        return new StageFixture(task, task.dataset(42), Configuration.defaults(), FakeComponents.of(regressor),
                List.of(StageFixture.artifact(RunArtifacts.MACHINE, ParityArtifacts.machine())));
    }

    @Override
    protected StageFixture fixture() {
        return with(ParityArtifacts.knowing("p", "p ^ x"));
    }

    /** No formula for the update: no program, and the stage says why. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(with(ParityArtifacts.knowing("p", "x")));
    }
}
