package org.mips.core.search;

import java.util.concurrent.atomic.AtomicBoolean;
import org.mips.spi.training.Evaluation;

/**
 * A trial in flight: its key, a flag that asks it to stop, and its progress so far, which is all
 * that is known of it if it never returns.
 */
final class Trial {

    final int index;
    final TrialKey key;
    final long startNanos;
    /** Set while the search does not need the result; the trial stops at its next evaluation. */
    final AtomicBoolean cancel = new AtomicBoolean();
    private volatile int lastStep;
    private volatile double bestAccuracy;

    Trial(int index, TrialKey key, long startNanos) {
        this.index = index;
        this.key = key;
        this.startNanos = startNanos;
    }

    /** Called on the training thread at every evaluation. */
    void observe(Evaluation evaluation) {
        lastStep = evaluation.step();
        if (evaluation.accuracy() > bestAccuracy) {
            bestAccuracy = evaluation.accuracy();
        }
    }

    int lastStep() {
        return lastStep;
    }

    double bestAccuracy() {
        return bestAccuracy;
    }
}
