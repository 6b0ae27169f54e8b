package org.mips.spi.training;

/** Receives progress from a {@link TrainingBackend}; called on the training thread, so keep it quick. */
@FunctionalInterface
public interface TrainingListener {

    void onEvaluation(Evaluation evaluation);

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return evaluation -> { };
    }
}
