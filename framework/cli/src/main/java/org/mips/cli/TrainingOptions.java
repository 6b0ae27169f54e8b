package org.mips.cli;

import org.mips.spi.Components;
import org.mips.spi.encode.Encodings;
import org.mips.spi.task.Dataset;

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

    @Option(names = "--input-encoding", paramLabel = "ID", description = "How input columns enter the network: scalar (the "
            + "paper's raw numbers), one-hot, or a plugin's encoding (search.input-encoding; default auto: the search chooses, "
            + "train uses scalar).")
    String inputEncoding;

    @Option(names = "--output-encoding", paramLabel = "ID", description = "How output columns are read: scalar (a rounded "
            + "number) or categorical (a logit per value) (search.output-encoding; default auto).")
    String outputEncoding;

    /** These options as settings, for the host's configuration. */
    ConfigFlags flags() {
        if ((batch != null && batch < 1) || (steps != null && steps < 1)) {
            throw new UserException("--batch and --steps must be at least 1");
        }
        return new ConfigFlags().set(SearchStage.STEPS, steps, "--steps").set(SearchStage.BATCH, batch, "--batch")
                .set(SearchStage.BACKEND, backendId, "--backend").set(SearchStage.INPUT_ENCODING, inputEncoding, "--input-encoding")
                .set(SearchStage.OUTPUT_ENCODING, outputEncoding, "--output-encoding");
    }

    /** The paper's settings on the task's standard dataset, with the configured steps and batch. */
    static TrainingRequest request(Settings settings, Components components, Task task, Architecture architecture, long seed) {
        int steps = settings.get(SearchStage.STEPS);
        Dataset dataset = task.dataset(Task.STANDARD_DATA_SEED);
        TrainingRequest request = TrainingRequest.paperDefaults(architecture, dataset, steps == 0 ? task.defaultSteps() : steps, seed)
                .withBatchSize(settings.get(SearchStage.BATCH));
        Encodings named = SearchStage.named(settings, components, task, dataset);
        return named == null ? request : request.withEncodings(named);
    }
}
