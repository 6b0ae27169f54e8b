package org.mips.core.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import org.mips.core.result.TaskResult;
import org.mips.spi.pipeline.StageEvent;
import org.mips.spi.pipeline.StageOutcome;

/**
 * What a pipeline run reports to its {@link PipelineListener}s, and what {@code --events} writes, one JSON
 * object per line with its kind in {@code "event"}. Machines (the benchmark, tests) read these, never the
 * console's text.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PipelineEvent.RunStarted.class, name = "run-started"),
        @JsonSubTypes.Type(value = PipelineEvent.StageStarted.class, name = "stage-started"),
        @JsonSubTypes.Type(value = PipelineEvent.Published.class, name = "published"),
        @JsonSubTypes.Type(value = PipelineEvent.ArtifactWritten.class, name = "artifact-written"),
        @JsonSubTypes.Type(value = PipelineEvent.StageEnded.class, name = "stage-ended"),
        @JsonSubTypes.Type(value = PipelineEvent.StageSkipped.class, name = "stage-skipped"),
        @JsonSubTypes.Type(value = PipelineEvent.RunEnded.class, name = "run-ended")})
public sealed interface PipelineEvent {

    /** Calls the listener's method for this kind of event. */
    void deliverTo(PipelineListener listener);

    /**
     * A run began.
     *
     * @param task        the task's id
     * @param description what the task computes
     * @param directory   the run directory
     * @param stages      the stages that will run, in order
     * @param from        the first of them, when the run starts later than the first stage of the pipeline
     */
    record RunStarted(String task, String description, String directory, List<String> stages, String from) implements PipelineEvent {
        public RunStarted {
            stages = List.copyOf(stages);
        }

        @Override
        public void deliverTo(PipelineListener listener) {
            listener.runStarted(this);
        }
    }

    /**
     * A stage began.
     *
     * @param stage           its id
     * @param summary         what it is about to do, in one line (may be empty)
     * @param deadlineSeconds how long it may run
     */
    record StageStarted(String stage, String summary, double deadlineSeconds) implements PipelineEvent {
        @Override
        public void deliverTo(PipelineListener listener) {
            listener.stageStarted(this);
        }
    }

    /**
     * A stage told its listeners something; in JSON, {@code kind} is the event's type, {@code text} its
     * console line and {@code data} its record.
     */
    @JsonPropertyOrder({"stage", "kind", "text", "data"})
    record Published(String stage, @JsonIgnore StageEvent event) implements PipelineEvent {
        public Published {
            Objects.requireNonNull(event, "event");
        }

        /** The event's type, e.g. {@code TrialFinished}. */
        @JsonProperty("kind")
        public String kind() {
            return event instanceof Replayed replayed ? replayed.kind() : event.getClass().getSimpleName();
        }

        @JsonProperty("text")
        public String text() {
            return event.text();
        }

        @JsonProperty("data")
        public Object data() {
            return event instanceof Replayed replayed ? replayed.data() : event;
        }

        @Override
        public void deliverTo(PipelineListener listener) {
            listener.published(this);
        }
    }

    /**
     * A stage wrote an artifact or a text file of the run.
     *
     * @param stage the stage's id
     * @param file  the file's name in the run directory
     */
    record ArtifactWritten(String stage, String file) implements PipelineEvent {
        @Override
        public void deliverTo(PipelineListener listener) {
            listener.artifactWritten(this);
        }
    }

    /**
     * A stage ended.
     *
     * @param stage   its id
     * @param outcome done, stopped or failed, with the reason
     * @param seconds how long it ran
     */
    record StageEnded(String stage, StageOutcome outcome, double seconds) implements PipelineEvent {
        @Override
        public void deliverTo(PipelineListener listener) {
            listener.stageEnded(this);
        }
    }

    /**
     * A stage did not run: an earlier stage failed without writing what it needs.
     *
     * @param stage  its id
     * @param reason which artifacts it lacked
     */
    record StageSkipped(String stage, String reason) implements PipelineEvent {
        @Override
        public void deliverTo(PipelineListener listener) {
            listener.stageSkipped(this);
        }
    }

    /** The run ended; {@code result} is how far the task got. */
    record RunEnded(TaskResult result) implements PipelineEvent {
        @Override
        public void deliverTo(PipelineListener listener) {
            listener.runEnded(this);
        }
    }

    /**
     * A stage event read back from an events file: its kind, console text and data, without the record
     * type that wrote it (which may be a plugin's).
     */
    record Replayed(String kind, String text, Object data) implements StageEvent {
    }
}
