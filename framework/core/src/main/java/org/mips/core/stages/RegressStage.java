package org.mips.core.stages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.core.regress.Formula;
import org.mips.core.regress.ProgramAssembler;
import org.mips.core.regress.RegressRecord;
import org.mips.core.regress.Synthesis;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.regress.Regressor;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * Turns the state machine into a program (reference section 6): one regression problem per state update
 * and per output, given to the regressors cheapest first, each formula checked on every row by the host.
 * Stops the run when some target gets no formula.
 */
@Extension
public final class RegressStage implements Stage {

    public static final Setting<List<String>> REGRESSORS = Setting.list("regress.regressors", List.of(),
            "regressor ids to use; empty: every installed one. They are tried in the order of the cost each declares, cheapest first");
    public static final Setting<Duration> REGRESSOR_TIME_LIMIT = Setting.duration("regress.regressor-time-limit", Duration.ofMinutes(1),
            "how long one regressor may take on one target");

    @Override
    public String id() {
        return BuiltInStages.REGRESS;
    }

    @Override
    public String description() {
        return "Regresses the machine's updates and outputs into formulas, cheapest regressor first.";
    }

    @Override
    public Placement placement() {
        return Placement.after(BuiltInStages.EXTRACT);
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of(RunArtifacts.MACHINE);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.REGRESS, RunArtifacts.PROGRAM);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(REGRESSORS, REGRESSOR_TIME_LIMIT);
    }

    @Override
    public void check(Settings settings, Components components) {
        if (regressors(components, settings).isEmpty()) {
            throw new IllegalStateException("no regressor is installed (is the plugins directory right?)");
        }
    }

    /** Every target may take each regressor's time limit; a machine has a handful of targets. */
    @Override
    public Duration deadline(Settings settings) {
        return Duration.ofMinutes(30);
    }

    @Override
    public String summary(StageContext context) {
        return "regressors " + String.join(",", regressors(context.components(), context.settings()).stream().map(Regressor::id).toList());
    }

    /** The configured regressors (or every installed one), by the cost each declares, then by id. */
    public static List<Regressor> regressors(Components components, Settings settings) {
        List<String> ids = settings.get(REGRESSORS);
        List<Regressor> regressors = new ArrayList<>();
        if (ids.isEmpty()) {
            regressors.addAll(components.all(Regressor.class));
        } else {
            ids.forEach(id -> regressors.add(components.get(Regressor.class, id)));
        }
        regressors.sort(Comparator.comparingInt(Regressor::cost).thenComparing(Regressor::id));
        return regressors;
    }

    @Override
    public StageOutcome run(StageContext context) {
        StateMachine machine = context.artifacts().read(RunArtifacts.MACHINE);
        List<Regressor> regressors = regressors(context.components(), context.settings());
        Synthesis synthesis = new ProgramAssembler(regressors, context.settings().get(REGRESSOR_TIME_LIMIT)).assemble(context.task(), machine);
        for (Formula formula : synthesis.formulas()) {
            context.publish(new StageEvents.FormulaFitted(formula));
        }
        context.artifacts().write(RunArtifacts.REGRESS, new RegressRecord(context.task().id(), synthesis.formulas()));
        if (synthesis.program().isEmpty()) {
            return StageOutcome.stopped(synthesis.whyNone());
        }
        context.artifacts().write(RunArtifacts.PROGRAM, synthesis.program().orElseThrow());
        return StageOutcome.done();
    }
}
