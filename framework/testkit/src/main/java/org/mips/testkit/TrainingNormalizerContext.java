package org.mips.testkit;

import java.time.Instant;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;

/**
 * A {@link NormalizerContext} with a training backend and a dataset, for testing normalizers that
 * retrain. Its inputs are the dataset's training inputs.
 */
public record TrainingNormalizerContext(Dataset dataset, TrainingBackend backend, Instant deadline) implements NormalizerContext {

    @Override
    public SequenceBatch inputs() {
        return dataset.train().x();
    }

    /** A context with no time limit. */
    public static TrainingNormalizerContext of(Dataset dataset, TrainingBackend backend) {
        return new TrainingNormalizerContext(dataset, backend, Instant.MAX);
    }
}
