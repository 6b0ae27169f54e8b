package org.mips.cli;

import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import picocli.CommandLine.Option;

/** The options of every command that trains: which task, which backend, how many steps, what batch. */
final class TrainingOptions {

    @Option(names = "--task", required = true, paramLabel = "ID", description = "Task id or alias (see 'mips tasks').")
    String taskName;

    @Option(names = "--steps", paramLabel = "N", description = "Optimizer steps per training (default: the task's, 10,000 or 20,000).")
    Integer steps;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "4096", description = "Sequences per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--backend", paramLabel = "ID", defaultValue = "cpu", description = "Training backend id (default: ${DEFAULT-VALUE}).")
    String backendId;

    Task task(Mips mips) {
        return mips.tasks().find(taskName);
    }

    TrainingBackend backend(Mips mips) {
        return mips.registry().get(TrainingBackend.class, backendId);
    }

    int steps(Task task) {
        return steps == null ? task.defaultSteps() : steps;
    }

    /** The paper's settings on the task's standard dataset, with these options applied. */
    TrainingRequest request(Task task, Architecture architecture, long seed) {
        if (batch < 1 || (steps != null && steps < 1)) {
            throw new UserException("--batch and --steps must be at least 1");
        }
        return TrainingRequest.paperDefaults(architecture, task.dataset(Task.STANDARD_DATA_SEED), steps(task), seed)
                .withBatchSize(batch);
    }
}
