package org.mips.core.stages;

import java.util.List;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.pipeline.Stage;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/**
 * The emit stage against the stage contract, with an emitter whose "code" runs through the interpreter
 * (so its check passes) and one whose code answers 0 everywhere (so its check fails).
 */
class EmitStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new EmitStage();
    }

    private static StageFixture with(TextEmitter emitter) {
        ParityTask task = new ParityTask();
        Configuration configuration = Configuration.defaults().with("emit.languages", "text", "test");
        return new StageFixture(task, task.dataset(42), configuration, FakeComponents.of(emitter),
                List.of(StageFixture.artifact(RunArtifacts.PROGRAM, ParityArtifacts.program("p ^ x"))));
    }

    @Override
    protected StageFixture fixture() {
        return with(new TextEmitter("text"));
    }

    /** Code whose outputs differ from the program's fails its check, and so the stage. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(with(new TextEmitter("text", true)));
    }
}
