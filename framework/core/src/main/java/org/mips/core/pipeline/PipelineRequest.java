package org.mips.core.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.mips.core.store.RunStore;
import org.mips.spi.task.Task;

/**
 * What to run: a task, its run directory, and optionally the first and last stage to run ({@code --from}
 * reads the artifacts of the stages before it from the directory).
 *
 * @param task  the task
 * @param store the run directory
 * @param from  the first stage to run; empty for the first of the pipeline
 * @param to    the last stage to run; empty for the last of the pipeline
 */
public record PipelineRequest(Task task, RunStore store, Optional<String> from, Optional<String> to) {

    public PipelineRequest {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Every stage of the pipeline on {@code task}, with its artifacts in {@code store}. */
    public static PipelineRequest of(Task task, RunStore store) {
        return new PipelineRequest(task, store, Optional.empty(), Optional.empty());
    }

    /** Starts at {@code stage}, reading the earlier stages' artifacts. */
    public PipelineRequest from(String stage) {
        return new PipelineRequest(task, store, Optional.of(stage), to);
    }

    /** Ends after {@code stage}. */
    public PipelineRequest to(String stage) {
        return new PipelineRequest(task, store, from, Optional.of(stage));
    }

    /** Runs {@code stage} alone. */
    public PipelineRequest only(String stage) {
        return from(stage).to(stage);
    }
}
