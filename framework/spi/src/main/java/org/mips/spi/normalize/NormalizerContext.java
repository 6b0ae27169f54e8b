package org.mips.spi.normalize;

import java.time.Instant;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;

/** What the host gives a {@link Normalizer} besides the network. */
public interface NormalizerContext {

    /** A sample of training input sequences, e.g. for whitening statistics. */
    SequenceBatch inputs();

    /** The configured backend, for normalizers that retrain (L1 sparsification, repair after quantisation). */
    TrainingBackend backend();

    /** The task's data: the training split for normalizers that retrain, the test split to check themselves on. */
    Dataset dataset();

    /**
     * When the host stops waiting: a normalizer still running then fails its step. Those that train
     * should plan their work to end before it.
     */
    Instant deadline();
}
