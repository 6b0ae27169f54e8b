package org.mips.core.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link ArchitectureSearch} spends its time.
 *
 * @param strategy  which plan to follow
 * @param budget    wall-clock time for the whole search; trials get it as their deadline
 * @param seeds     which seeds each candidate gets
 * @param workers   trainings run at once (each then uses {@code cores / workers} threads, at least 1)
 * @param maxHidden largest hidden size to try
 * @param ladder    the rungs of the {@link Strategy#LADDER} plan
 * @param grace     how long to wait, once the budget is spent or the plan is done, for trials still
 *                  running to stop before giving up on them (a backend that honours deadlines and
 *                  listener exceptions stops within one evaluation)
 */
public record SearchSettings(Strategy strategy, Duration budget, SeedPolicy seeds, int workers, int maxHidden,
        Ladder ladder, Duration grace, int patience) {

    /** The defaults: ladder, 5 minutes, 5 seeds retried above 0.95 accuracy, a worker per core, n up to 128. */
    public static SearchSettings defaults() {
        return new SearchSettings(Strategy.LADDER, Duration.ofMinutes(5), new SeedPolicy(5, 0.95),
                Runtime.getRuntime().availableProcessors(), ArchitectureOrder.PAPER.maxHidden(), Ladder.DEFAULT,
                Duration.ofSeconds(10), DEFAULT_PATIENCE);
    }

    /**
     * Steps a trial may go without progress before it is stopped as a plateau: long enough for the
     * slow starts seen on carries and moduli, short against 10,000-20,000-step trainings.
     */
    public static final int DEFAULT_PATIENCE = 3000;

    public SearchSettings {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must not be negative, got " + patience);
        }
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(ladder, "ladder");
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the search budget must be positive, got " + budget);
        }
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("the grace period must not be negative, got " + grace);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (maxHidden < 1) {
            throw new IllegalArgumentException("the largest hidden size must be at least 1, got " + maxHidden);
        }
    }

    public SearchSettings withStrategy(Strategy value) {
        return new SearchSettings(value, budget, seeds, workers, maxHidden, ladder, grace, patience);
    }

    public SearchSettings withBudget(Duration value) {
        return new SearchSettings(strategy, value, seeds, workers, maxHidden, ladder, grace, patience);
    }

    public SearchSettings withSeeds(SeedPolicy value) {
        return new SearchSettings(strategy, budget, value, workers, maxHidden, ladder, grace, patience);
    }

    /** Up to {@code count} seeds per candidate, with the same retry threshold. */
    public SearchSettings withSeeds(int count) {
        return withSeeds(new SeedPolicy(count, seeds.retryAbove()));
    }

    public SearchSettings withWorkers(int value) {
        return new SearchSettings(strategy, budget, seeds, value, maxHidden, ladder, grace, patience);
    }

    public SearchSettings withMaxHidden(int value) {
        return new SearchSettings(strategy, budget, seeds, workers, value, ladder, grace, patience);
    }

    public SearchSettings withLadder(Ladder value) {
        return new SearchSettings(strategy, budget, seeds, workers, maxHidden, value, grace, patience);
    }

    /** Stop trials that make no progress for {@code steps} steps; 0 never stops them. */
    public SearchSettings withPatience(int steps) {
        return new SearchSettings(strategy, budget, seeds, workers, maxHidden, ladder, grace, steps);
    }

    public SearchSettings withGrace(Duration value) {
        return new SearchSettings(strategy, budget, seeds, workers, maxHidden, ladder, value, patience);
    }

    /**
     * The plan the strategy stands for, within these bounds: the ladder climbs {@code survey}'s tracks and
     * tries its pointed candidates first; the paper's plan uses the scalar track only, as the paper did.
     */
    public SearchPlan plan(DataSurvey.Plan survey) {
        return switch (strategy) {
            case LADDER -> new LadderPlan(ladder, maxHidden, survey.tracks(), survey.pointed());
            case PAPER -> new PaperPlan(new ArchitectureOrder(maxHidden, ArchitectureOrder.PAPER.maxDepth(),
                    ArchitectureOrder.PAPER.maxWidth()), survey.paper());
        };
    }

    /** Threads per training: the cores shared among the workers. */
    public int threadsPerTrial() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
    }
}
