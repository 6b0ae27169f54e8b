package org.mips.spi.pipeline;

import java.time.Duration;
import java.util.List;
import org.mips.spi.Component;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;

/**
 * One step of the pipeline from a task to a program. The host's own steps (search, simplify, extract,
 * regress, verify, prove, emit; {@link BuiltInStages}) implement this too, and a plugin adds a step by
 * implementing it: the pipeline puts it where its {@link #placement()} says, gives it the artifacts of
 * the stages before it, runs it with a deadline on a thread of its own, and reports its start, its
 * {@linkplain StageContext#publish events} and its end to every listener.
 *
 * <p>A stage is a {@link Component}: created once per host through its injector (an
 * {@code @jakarta.inject.Inject} constructor may take {@link org.mips.spi.Components} and
 * {@link Settings}), and run for one task at a time per {@link StageContext}. It must not keep state
 * between runs.
 */
public interface Stage extends Component {

    /** Where it runs, relative to other stages. */
    Placement placement();

    /**
     * The artifacts it needs. Each must be written by an earlier stage of the run, or, when the run starts
     * at a later stage ({@code --from}), already be in the run directory; otherwise the run does not start.
     */
    List<ArtifactType<?>> reads();

    /**
     * The artifacts it reads when the run directory has them (the extracted machine, say, for the proof of
     * a user's data): a present one must be readable before the run starts.
     */
    default List<ArtifactType<?>> optionalReads() {
        return List.of();
    }

    /**
     * The artifacts it writes. Before a run starts, the pipeline removes them, with every other file the
     * stage's latest run wrote, when the run redoes this stage or a stage whose artifacts it reads, directly
     * or through other stages: no earlier run's file then speaks for this one, even if the stage fails or is
     * skipped. What the run itself reads is never removed.
     */
    List<ArtifactType<?>> writes();

    /**
     * Whether the configuration may leave it out ({@code pipeline.skip}). The built-in stages up to
     * {@code verify} are not: without them there is no verified program.
     */
    default boolean optional() {
        return true;
    }

    /** How long it may run unless {@code <id>.deadline} says otherwise. */
    default Duration deadline(Settings settings) {
        return Duration.ofMinutes(10);
    }

    /**
     * Checks, before a run starts, that the configuration gives this stage what it needs, e.g. that the
     * components its settings name are installed. Throw an exception saying what is missing: the host
     * reports it as bad input and runs nothing, rather than failing the stage after the stages before it
     * did their work.
     */
    default void check(Settings settings, Components components) {
    }

    /**
     * Checks, before a run starts, that the task's data suits this stage's configuration (an encoding
     * that cannot carry a column's values, say). Throw an exception saying what does not fit: the host
     * reports it as bad input and runs nothing. Called only for the stages a run will start; the dataset is
     * made on first use and shared with the run.
     */
    default void check(Settings settings, Components components, org.mips.spi.task.Task task,
            java.util.function.Supplier<org.mips.spi.task.Dataset> dataset) {
    }

    /** What this run of it is about to do, in one line, shown as the stage's heading; empty for nothing. */
    default String summary(StageContext context) {
        return "";
    }

    /**
     * Does the work: reads its inputs from {@link StageContext#artifacts()}, writes its artifacts, and
     * says how it ended. Throwing fails this stage only, as does running past its deadline (the thread is
     * then interrupted and abandoned, and nothing it writes afterwards is kept).
     */
    StageOutcome run(StageContext context) throws Exception;
}
