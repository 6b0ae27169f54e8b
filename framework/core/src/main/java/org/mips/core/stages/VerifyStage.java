package org.mips.core.stages;

import java.util.List;
import java.util.Locale;
import org.mips.core.regress.Verification;
import org.mips.core.regress.VerificationRecord;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.program.Program;
import org.pf4j.Extension;

/**
 * Strict verification (the house's rule, beyond the paper's ten sequences): the program must reproduce
 * every output of the task's whole held-out split and, for a task that generates data, of fresh sequences
 * ten times the training length. Stops the run, with a counterexample, when it does not.
 */
@Extension
public final class VerifyStage implements Stage {

    @Override
    public String id() {
        return BuiltInStages.VERIFY;
    }

    @Override
    public String description() {
        return "Checks the program on the whole held-out split and on fresh sequences ten times as long.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.REGRESS);
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.PROGRAM);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.VERIFICATION);
    }

    @Override
    public String summary(StageContext context) {
        return "the whole held-out split" + (context.task().generator().isPresent() ? String.format(Locale.ROOT,
                " and %,d fresh sequences of %d steps", Verification.FRESH_SEQUENCES,
                context.task().sequenceLength() * Verification.LENGTH_FACTOR) : "");
    }

    @Override
    public StageOutcome run(StageContext context) {
        Program program = context.artifacts().read(RunArtifacts.PROGRAM);
        Verification verification = Verification.of(program, context.task(), context.dataset().test());
        verification.checks().forEach(check -> context.publish(new StageEvents.CheckFinished(check)));
        context.artifacts().write(RunArtifacts.VERIFICATION, VerificationRecord.of(context.task().id(), verification));
        context.log("\n" + ProgramText.of(program));
        if (!verification.passed()) {
            Verification.Check failed = verification.checks().stream().filter(c -> !c.passed()).findFirst().orElseThrow();
            return StageOutcome.stopped("the program fails verification on the " + failed.name() + ": " + failed.counterexample());
        }
        context.log(context.task().id() + ": solved: the program reproduces every checked output");
        return StageOutcome.done();
    }
}
