package org.mips.core.stages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.prove.ProofPlanner;
import org.mips.core.prove.Proving;
import org.mips.core.regress.FormulaFitter;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Prover;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * Proves the program equal to the task's specification for inputs of every length (a simulation proof
 * with an abstraction function fitted by the regressors and an invariant of the reachable states), or,
 * for data without a specification, that its formulas reproduce the extracted machine's tables (read
 * from {@code machine.json} when the run has it). Only the verifier's own success counts as proven; the
 * verdict, whatever it is, goes to {@code proof.json}, and the run goes on to emit the code.
 */
@Extension
public final class ProveStage implements Stage {

    public static final Setting<String> PROVER = Setting.text("prove.prover", "", "the prover's id; empty: the first installed one");
    public static final Setting<Duration> TIMEOUT = Setting.duration("prove.timeout", Duration.ofMinutes(10),
            "how long the prover's verifier may run before the proof counts as not found (the task stays solved)");
    public static final Setting<Duration> ABSTRACTION_TIME_LIMIT = Setting.duration("prove.abstraction-time-limit", Duration.ofSeconds(10),
            "how long one regressor may take on one coordinate of the abstraction function");

    @Override
    public String id() {
        return BuiltInStages.PROVE;
    }

    @Override
    public String description() {
        return "Proves the program equal to the task's specification for every input length.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.VERIFY);
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.PROGRAM);
    }

    @Override
    public List<ArtifactType<?>> optionalReads() {
        return List.of(RunArtifacts.PROGRAM_MACHINE, RunArtifacts.MACHINE);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.PROOF);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(PROVER, TIMEOUT, ABSTRACTION_TIME_LIMIT);
    }

    /** The verifier's time, and room to plan the proof and for the verifier to be stopped. */
    @Override
    public Duration deadline(Settings settings) {
        return settings.get(TIMEOUT).plus(Duration.ofMinutes(5));
    }

    /** A run that proves needs a prover; one without leaves the stage out ({@code pipeline.skip}) rather than claim a proof step. */
    @Override
    public void check(Settings settings, Components components) {
        if (prover(components, settings).isEmpty()) {
            throw new IllegalStateException("no prover is installed; install one, or leave the stage out with --set pipeline.skip=prove");
        }
        Duration deadline = Pipeline.deadline(this, settings);
        if (settings.get(TIMEOUT).compareTo(deadline) >= 0) {
            throw new IllegalStateException(TIMEOUT.key() + " " + Setting.formatDuration(settings.get(TIMEOUT)) + " is not less than "
                    + id() + ".deadline " + Setting.formatDuration(deadline) + ", so the deadline would stop the proof before it reports");
        }
    }

    @Override
    public String summary(StageContext context) {
        return prover(context.components(), context.settings()).orElseThrow().id() + (context.task().specification().isPresent()
                ? ": the program against the task's specification, for every input length"
                : ": the program against the extracted machine's tables (the data has no specification)");
    }

    /** The configured prover, or the first installed one; empty when none is installed. */
    static Optional<Prover> prover(Components components, Settings settings) {
        String id = settings.get(PROVER);
        if (!id.isEmpty()) {
            return Optional.of(components.get(Prover.class, id));
        }
        return components.all(Prover.class).stream().findFirst();
    }

    @Override
    public StageOutcome run(StageContext context) {
        Prover prover = prover(context.components(), context.settings()).orElseThrow();
        Program program = context.artifacts().read(RunArtifacts.PROGRAM);
        // The machine the program was regressed from: a numbering's codes are the program's, not the detector's.
        StateMachine machine = context.artifacts().find(RunArtifacts.PROGRAM_MACHINE)
                .or(() -> context.artifacts().find(RunArtifacts.MACHINE)).orElse(null);
        // An abstraction need not be short, only exact: the table regressor always ends the search, so
        // the others get less time than in regression.
        FormulaFitter fitter = new FormulaFitter(RegressStage.regressors(context.components(), context.settings()),
                context.settings().get(ABSTRACTION_TIME_LIMIT));
        Proving.Result result = new Proving(new ProofPlanner(fitter), context.settings().get(TIMEOUT))
                .prove(context.task(), program, machine, prover);
        String file = "";
        if (!result.source().isEmpty()) {
            file = context.artifacts().writeText(result.record().file(), result.source()).toString();
        }
        context.artifacts().write(RunArtifacts.PROOF, result.record());
        context.publish(new StageEvents.ProofFinished(result.record(), file));
        return StageOutcome.done();
    }
}
