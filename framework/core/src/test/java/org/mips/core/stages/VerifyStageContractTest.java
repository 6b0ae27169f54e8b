package org.mips.core.stages;

import java.util.List;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/** The verify stage against the stage contract: a parity program that is right, and one that is not. */
class VerifyStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new VerifyStage();
    }

    private static StageFixture verifying(String next) {
        ParityTask task = new ParityTask();
        Program program = new Program("Parity_All", List.of(new Input("x", 0, 1)), List.of(new StateVariable("s", 0, ExprSyntax.parse(next))),
                List.of(new Output("y", Expr.var("s"))));
        return new StageFixture(task, task.dataset(42), Configuration.defaults(), FakeComponents.of(),
                List.of(StageFixture.artifact(RunArtifacts.PROGRAM, program)));
    }

    @Override
    protected StageFixture fixture() {
        return verifying("s ^ x");
    }

    /** A program that ors instead of xoring fails verification. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(verifying("s or x"));
    }
}
