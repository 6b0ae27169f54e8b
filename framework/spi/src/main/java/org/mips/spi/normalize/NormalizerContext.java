package org.mips.spi.normalize;

import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;

/** What the host gives a {@link Normalizer} besides the network. */
public interface NormalizerContext {

    /** A sample of training input sequences, e.g. for whitening statistics. */
    SequenceBatch inputs();

    /** The configured backend, for normalizers that retrain (L1 sparsification, repair after quantisation). */
    TrainingBackend backend();
}
