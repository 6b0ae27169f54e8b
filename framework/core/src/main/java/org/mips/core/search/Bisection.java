package org.mips.core.search;

import java.util.function.LongFunction;

/**
 * The binary search of the paper's phase 2 (reference section 3.3) over any chain of candidates:
 * given that point {@code success} is perfect and point {@code failed} is not (or lies below the
 * chain), it probes {@code floor((success + failed) / 2)} until the two are adjacent.
 */
final class Bisection {

    /**
     * The smallest perfect point found, or the candidate whose verdict is needed first.
     *
     * @param value   the smallest perfect point (valid when {@code pending} is null)
     * @param pending the candidate to train next, or null when the search is over
     */
    record Result(long value, Candidate pending) {
    }

    private Bisection() {
    }

    static Result smallestPerfect(long failed, long success, LongFunction<Candidate> candidate,
            SearchPlan.Verdicts verdicts) {
        while (success - failed > 1) {
            long mid = (success + failed) / 2;
            Candidate probe = candidate.apply(mid);
            switch (verdicts.of(probe)) {
                case PENDING -> {
                    return new Result(0, probe);
                }
                case PERFECT -> success = mid;
                case FAILED -> failed = mid;
            }
        }
        return new Result(success, null);
    }
}
