package org.mips.core.stages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.core.regress.Formula;
import org.mips.core.regress.FormulaFitter;
import org.mips.core.extract.MachineCandidates;
import org.mips.core.regress.ProgramAssembler;
import org.mips.core.regress.ProgramCandidate;
import org.mips.core.regress.ProgramChoice;
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
import org.mips.spi.regress.StateNumbering;
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
    public static final Setting<List<String>> NUMBERINGS = Setting.list("regress.numberings", List.of(),
            "state numbering ids to try on every extracted machine; empty: every installed one");
    public static final Setting<Duration> NUMBERING_TIME_LIMIT = Setting.duration("regress.numbering-time-limit", Duration.ofSeconds(30),
            "how long one numbering may take on one machine");
    public static final Setting<Duration> CHOICE_BUDGET = Setting.duration("regress.choice-budget", Duration.ofMinutes(4),
            "after this long no further candidate machine starts regressing (the chosen representation's always does)");
    public static final Setting<Duration> CANDIDATE_TIME_LIMIT = Setting.duration("regress.candidate-time-limit", Duration.ofSeconds(15),
            "how long one regressor may take on one target of a candidate other than the chosen representation's machine");
    public static final Setting<Duration> CANDIDATE_BUDGET = Setting.duration("regress.candidate-budget", Duration.ofMinutes(1),
            "how long all the formulas of one candidate other than the chosen representation's machine may take together");
    public static final Setting<Duration> IMPROVE_TIME_LIMIT = Setting.duration("regress.improve-time-limit", Duration.ofSeconds(10),
            "once a target has a formula, how long each later regressor may look for a smaller one");
    public static final Setting<Duration> REGRESSOR_TIME_LIMIT = Setting.duration("regress.regressor-time-limit", Duration.ofMinutes(1),
            "how long one regressor may take on one target");

    @Override
    public String id() {
        return BuiltInStages.REGRESS;
    }

    @Override
    public String description() {
        return "Regresses every extracted machine and its numberings into formulas and keeps the smallest program that verifies.";
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
    public List<ArtifactType<?>> optionalReads() {
        return List.of(RunArtifacts.MACHINES);
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.REGRESS, RunArtifacts.PROGRAM, RunArtifacts.PROGRAM_MACHINE);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(REGRESSORS, NUMBERINGS, NUMBERING_TIME_LIMIT, CHOICE_BUDGET, REGRESSOR_TIME_LIMIT, CANDIDATE_TIME_LIMIT,
                CANDIDATE_BUDGET, IMPROVE_TIME_LIMIT);
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
        return "regressors " + String.join(",", regressors(context.components(), context.settings()).stream().map(Regressor::id).toList())
                + "; numberings " + String.join(",", numberings(context.components(), context.settings()).stream().map(StateNumbering::id).toList());
    }

    /** The configured numberings (or every installed one), by id. */
    public static List<StateNumbering> numberings(Components components, Settings settings) {
        List<String> ids = settings.get(NUMBERINGS);
        List<StateNumbering> numberings = new ArrayList<>();
        if (ids.isEmpty()) {
            numberings.addAll(components.all(StateNumbering.class));
            numberings.sort(Comparator.comparing(StateNumbering::id));
        } else {
            ids.forEach(id -> numberings.add(components.get(StateNumbering.class, id)));
        }
        return numberings;
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
        StateMachine extracted = context.artifacts().read(RunArtifacts.MACHINE);
        List<MachineCandidates.Entry> machines = context.artifacts().find(RunArtifacts.MACHINES).map(MachineCandidates::machines)
                .filter(m -> !m.isEmpty()).orElse(List.of(new MachineCandidates.Entry("extracted", extracted)));
        Settings settings = context.settings();
        List<Regressor> regressors = regressors(context.components(), settings);
        Duration improve = settings.get(IMPROVE_TIME_LIMIT);
        ProgramAssembler assembler = new ProgramAssembler(new FormulaFitter(regressors, settings.get(REGRESSOR_TIME_LIMIT), improve));
        Duration candidateLimit = settings.get(CANDIDATE_TIME_LIMIT).compareTo(settings.get(REGRESSOR_TIME_LIMIT)) < 0
                ? settings.get(CANDIDATE_TIME_LIMIT) : settings.get(REGRESSOR_TIME_LIMIT);
        ProgramAssembler others = new ProgramAssembler(new FormulaFitter(regressors, candidateLimit, improve), settings.get(CANDIDATE_BUDGET));
        ProgramChoice.Result choice = new ProgramChoice(assembler, others, numberings(context.components(), settings),
                settings.get(NUMBERING_TIME_LIMIT), settings.get(CHOICE_BUDGET), Runtime.getRuntime().availableProcessors())
                .choose(context.task(), machines, context.dataset().test());
        Synthesis synthesis = choice.synthesis();
        for (ProgramCandidate candidate : choice.candidates()) {
            context.publish(new StageEvents.ProgramCandidateTried(candidate));
        }
        for (Formula formula : synthesis.formulas()) {
            context.publish(new StageEvents.FormulaFitted(formula));
        }
        ProgramCandidate chosen = choice.candidates().get(choice.chosen());
        context.artifacts().write(RunArtifacts.REGRESS, new RegressRecord(context.task().id(), synthesis.formulas(), chosen.name(),
                choice.candidates()));
        if (synthesis.program().isEmpty()) {
            return StageOutcome.stopped(synthesis.formulas().isEmpty() ? chosen.name() + ": " + chosen.reason() : synthesis.whyNone());
        }
        context.artifacts().write(RunArtifacts.PROGRAM_MACHINE, choice.machine());
        context.artifacts().write(RunArtifacts.PROGRAM, synthesis.program().orElseThrow());
        return StageOutcome.done();
    }
}
