package org.mips.core.search;

import java.util.Objects;

/**
 * One training run of a search, as {@code search.json} records it.
 *
 * @param index         order in which the search started it, from 1
 * @param architecture  {@code n,Lh,wh,Lo,wo}
 * @param seed          the training seed
 * @param steps         optimizer steps taken (for a cancelled or failed trial: up to its last evaluation)
 * @param seconds       wall-clock seconds it ran
 * @param startSeconds  when it started, in seconds since the search began
 * @param bestAccuracy  highest test accuracy of any evaluation
 * @param perfect       whether an evaluation was perfect
 * @param perfectAtStep the step of the first perfect evaluation, or null
 * @param stop          why it stopped
 * @param reason        why it failed or was cancelled (one line), or null
 * @param reused        whether its outcome was read from the run directory's {@code trials/}, where an earlier
 *                      run of the same search left it, rather than trained again (then {@code seconds} is 0);
 *                      never null
 * @param encodings     the trial's track, e.g. {@code scalar} or {@code one-hot -> categorical} (absent
 *                      before schema version 3: scalar)
 * @param finish        the finishing phase a near miss got, or null when it got none
 */
public record TrialRecord(int index, String architecture, int seed, int steps, double seconds, double startSeconds,
        double bestAccuracy, boolean perfect, Integer perfectAtStep, TrialStop stop, String reason, Boolean reused,
        String encodings, Finish finish) {

    /**
     * The deterministic finishing phase of a near miss: training continued from its best weights at a
     * lower learning rate.
     *
     * @param fromAccuracy the best accuracy before it
     * @param learningRate the learning rate it used
     * @param steps        the steps it took
     * @param accuracy     the best accuracy after it
     * @param perfect      whether it made the network perfect
     */
    public record Finish(double fromAccuracy, double learningRate, int steps, double accuracy, boolean perfect) {
    }

    public TrialRecord {
        reused = Boolean.TRUE.equals(reused); // absent from search.json of schema version 1
        encodings = encodings == null ? "scalar" : encodings;
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(stop, "stop");
    }

    /** A trial trained in this run. */
    public TrialRecord(int index, String architecture, int seed, int steps, double seconds, double startSeconds,
            double bestAccuracy, boolean perfect, Integer perfectAtStep, TrialStop stop, String reason) {
        this(index, architecture, seed, steps, seconds, startSeconds, bestAccuracy, perfect, perfectAtStep, stop, reason, false,
                "scalar", null);
    }
}
