package org.mips.cli;

import org.mips.core.UserException;
import org.mips.core.stages.SearchStage;
import org.mips.spi.config.Settings;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingRequest;
import picocli.CommandLine.Option;

/** The options of every command that trains: which task, which backend, how many steps, what batch. */
final class TrainingOptions {

    @Option(names = "--task", required = true, paramLabel = "ID", description = "Task id or alias (see 'mips tasks').")
    String taskName;

    @Option(names = "--steps", paramLabel = "N", description = "Optimizer steps per training (search.steps; default: the task's, "
            + "10,000 or 20,000).")
    Integer steps;

    @Option(names = "--batch", paramLabel = "B", description = "Sequences per step (search.batch; default 4096).")
    Integer batch;

    @Option(names = "--backend", paramLabel = "ID", description = "Training backend id (training.backend; default cpu).")
    String backendId;

    /** These options as settings, for the host's configuration. */
    ConfigFlags flags() {
        if ((batch != null && batch < 1) || (steps != null && steps < 1)) {
            throw new UserException("--batch and --steps must be at least 1");
        }
        return new ConfigFlags().set(SearchStage.STEPS, steps, "--steps").set(SearchStage.BATCH, batch, "--batch")
                .set(SearchStage.BACKEND, backendId, "--backend");
    }

    /** The paper's settings on the task's standard dataset, with the configured steps and batch. */
    static TrainingRequest request(Settings settings, Task task, Architecture architecture, long seed) {
        int steps = settings.get(SearchStage.STEPS);
        return TrainingRequest.paperDefaults(architecture, task.dataset(Task.STANDARD_DATA_SEED), steps == 0 ? task.defaultSteps() : steps, seed)
                .withBatchSize(settings.get(SearchStage.BATCH));
    }
}
