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
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** What stops the trial at once when it is cancelled (a job of an engine), or null. */
    private Runnable stopper;
    private volatile int lastStep;
    private volatile double bestAccuracy;

    Trial(int index, TrialKey key, long startNanos) {
        this.index = index;
        this.key = key;
        this.startNanos = startNanos;
    }

    /**
     * Asks the trial to stop, or to go on after all (a look-ahead needed again before it noticed). A trial
     * that cannot notice by itself has a stopper, which this runs.
     */
    synchronized void cancel(boolean value) {
        cancel.set(value);
        if (value && stopper != null) {
            stopper.run();
        }
    }

    boolean cancelled() {
        return cancel.get();
    }

    /** Runs {@code value} when the trial is cancelled, at once if it already is; null stops that. */
    synchronized void stopWith(Runnable value) {
        stopper = value;
        if (value != null && cancel.get()) {
            value.run();
        }
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
