package org.mips.core.search;

/**
 * Hears about the trials of a search as they start and finish. Called on the thread that runs the
 * search, one call at a time, so an implementation may print without locking.
 */
public interface SearchListener {

    /** A trial was handed to a worker; {@code index} is the one its record will carry. */
    default void trialStarted(int index, TrialKey trial) {
    }

    /** A trial ended, however it ended. */
    default void trialFinished(TrialRecord trial) {
    }

    /** A listener that ignores everything. */
    static SearchListener none() {
        return new SearchListener() {
        };
    }
}
