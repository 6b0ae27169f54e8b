package org.mips.core.search;

import java.util.List;
import org.mips.spi.network.Architecture;

/**
 * The paper's search, faithfully (reference sections 3.2 and 3.3): phase 1 sweeps the
 * {@link ArchitectureOrder} geometrically from {@code 256²} (n = 2, depth 1), {@code N <- floor(N·2^(1/4))},
 * skipping points equivalent to the previous one, until a candidate succeeds at {@code N_s}; phase 2
 * bisects between {@code floor(N_s / 2)} and {@code N_s}. Pair it with {@link SeedPolicy#PAPER}.
 *
 * <p>Where the reference script copies the outcome of an equivalent previous point without
 * training, this plan asks for the same {@link Architecture} again and gets the remembered verdict;
 * with deterministic training the two agree. It also reuses the verdict of any earlier equivalent
 * point, where the script would retrain.
 */
public final class PaperPlan implements SearchPlan {

    private final ArchitectureOrder order;
    private final Track track;
    private final List<Long> sweep;

    /** @param track the paper's setup: the task's columns as raw numbers */
    public PaperPlan(ArchitectureOrder order, Track track) {
        this.order = order;
        this.track = track;
        this.sweep = order.phaseOneSweep();
    }

    @Override
    public String id() {
        return "paper";
    }

    @Override
    public Step next(Verdicts verdicts) {
        long success = -1;
        for (long point : sweep) {
            Candidate candidate = candidate(point);
            Verdict verdict = verdicts.of(candidate);
            if (verdict == Verdict.PENDING) {
                return new Train(candidate);
            }
            if (verdict == Verdict.PERFECT) {
                success = point;
                break;
            }
        }
        if (success < 0) {
            return Finish.none();
        }
        // Half the integer, not the last failed point: this may revisit failures, and is how n = 1 is reached.
        Bisection.Result smallest = Bisection.smallestPerfect(success / 2, success, this::candidate, verdicts);
        return smallest.pending() != null ? new Train(smallest.pending()) : Finish.of(candidate(smallest.value()));
    }

    private Candidate candidate(long point) {
        return new Candidate(track, order.at(order.clamp(point)));
    }
}
