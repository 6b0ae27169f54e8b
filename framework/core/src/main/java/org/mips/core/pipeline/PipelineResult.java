package org.mips.core.pipeline;

import java.util.List;
import java.util.Optional;
import org.mips.core.result.TaskResult;
import org.mips.spi.pipeline.StageOutcome;

/**
 * What a run did: every stage that ran, in order, and how far the task got.
 *
 * @param stages the stages that ran
 * @param result the task's result, from these stages and the run directory's artifacts
 */
public record PipelineResult(List<StageReport> stages, TaskResult result) {

    public PipelineResult {
        stages = List.copyOf(stages);
    }

    /** Whether some stage failed: it threw, ran past its deadline, or said it could not do its job. */
    public boolean anyFailed() {
        return stages.stream().anyMatch(stage -> stage.outcome() instanceof StageOutcome.Failed);
    }

    /** Whether a stage ended the run because it found nothing to pass on (no perfect network, a program that fails verification, ...). */
    public boolean stopped() {
        return stages.stream().anyMatch(stage -> stage.outcome() instanceof StageOutcome.Stopped);
    }

    /** The report of {@code stage}, if it ran. */
    public Optional<StageReport> stage(String stage) {
        return stages.stream().filter(s -> s.stage().equals(stage)).findFirst();
    }
}
