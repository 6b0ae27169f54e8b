package org.mips.core.search;

import java.util.function.IntFunction;

/**
 * Which seeds a candidate architecture gets (reference section 2.4: seeds 0, 1, 2, ... in order,
 * stopping at the first that succeeds).
 *
 * <p>A failed seed earns the candidate its next seed only if it came close: its best accuracy
 * reached {@code retryAbove}. An architecture too small for the task tends to plateau far from 1,
 * and retrying it four more times is what eats a search's budget; one that merely had an unlucky
 * start tends to fail near 1. {@code retryAbove = 0} retries every failure, as the paper does.
 *
 * @param seeds      seeds per candidate at most (the paper: 5)
 * @param retryAbove best accuracy a failed seed must reach for the next seed to be tried, in [0, 1]
 */
public record SeedPolicy(int seeds, double retryAbove) {

    /** The paper's policy: seeds 0 to 4, each tried until one succeeds. */
    public static final SeedPolicy PAPER = new SeedPolicy(5, 0);

    public SeedPolicy {
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds per candidate must be at least 1, got " + seeds);
        }
        if (!(retryAbove >= 0 && retryAbove <= 1)) {
            throw new IllegalArgumentException("retryAbove must lie in [0, 1], got " + retryAbove);
        }
    }

    /**
     * The verdict on a candidate from the outcomes of its first {@code maxSeeds} seeds at most.
     *
     * @param outcomeOfSeed the outcome of a seed, or {@code null} if it is not known
     * @return {@link Verdict#PENDING} with the seed to train next, {@link Verdict#PERFECT} with the
     *         first seed that succeeded, or {@link Verdict#FAILED} (seed -1)
     */
    Decision decide(IntFunction<TrialOutcome> outcomeOfSeed, int maxSeeds) {
        int tries = Math.min(seeds, maxSeeds);
        for (int seed = 0; seed < tries; seed++) {
            TrialOutcome outcome = outcomeOfSeed.apply(seed);
            if (outcome == null) {
                return new Decision(Verdict.PENDING, seed);
            }
            if (outcome.perfect()) {
                return new Decision(Verdict.PERFECT, seed);
            }
            if (outcome.bestAccuracy() < retryAbove) {
                break;
            }
        }
        return new Decision(Verdict.FAILED, -1);
    }

    /** A verdict and the seed it concerns. */
    record Decision(Verdict verdict, int seed) {
    }
}
