package org.mips.core.search;

/**
 * What a finished trial tells the search about its architecture: whether it became perfect and how
 * close it came.
 */
record TrialOutcome(boolean perfect, double bestAccuracy) {

    /** What the search assumes of a trial it has not seen yet when it plans ahead. */
    static final TrialOutcome ASSUMED_FAILURE = new TrialOutcome(false, 0);
}
