package org.mips.core.pipeline;

/**
 * Hears a pipeline run as it happens, as JUnit's {@code TestExecutionListener} hears a test run: the run's
 * start, each stage's start, the events it publishes, the artifacts it writes, its end (or why it was
 * skipped), and the run's end. The console printer, the {@code --events} file, the benchmark's journal
 * and the tests are listeners. Calls come one at a time (the pipeline serializes them), from the thread
 * that runs the pipeline or, for what a stage publishes or writes, from the stage's own threads.
 *
 * <p>Each method's default hands the event to {@link #on}, so a listener that treats every event alike
 * (a recorder, a log) overrides that one method.
 */
public interface PipelineListener {

    /** Every event not handled by a more specific method. */
    default void on(PipelineEvent event) {
    }

    default void runStarted(PipelineEvent.RunStarted event) {
        on(event);
    }

    default void stageStarted(PipelineEvent.StageStarted event) {
        on(event);
    }

    default void published(PipelineEvent.Published event) {
        on(event);
    }

    default void artifactWritten(PipelineEvent.ArtifactWritten event) {
        on(event);
    }

    default void stageEnded(PipelineEvent.StageEnded event) {
        on(event);
    }

    default void stageSkipped(PipelineEvent.StageSkipped event) {
        on(event);
    }

    default void runEnded(PipelineEvent.RunEnded event) {
        on(event);
    }
}
