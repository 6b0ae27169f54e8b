package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Architecture;

/** The plans on one core, against scripted worlds: what they train, in which order, and what they choose. */
class PlansTest {

    static final SeedPolicy SEEDS = new SeedPolicy(5, 0.95);
    /** The paper's setup for the scripted tasks' one input and one output column. */
    static final Track SCALAR = Track.scalar(1, 1);

    /**
     * Capable iff n >= 3, Lh >= 2 and wh >= 5; a capable network succeeds with seed 0 from n = 4 on,
     * and below that only from seed 1, its seed 0 coming close.
     */
    static TrialOutcome deepTransition(TrialKey key) {
        Architecture a = key.architecture();
        boolean capable = a.hiddenDim() >= 3 && a.transitionDepth() >= 2 && a.transitionWidth() >= 5;
        return new TrialOutcome(capable && (key.seed() >= 1 || a.hiddenDim() >= 4), capable ? 0.97 : 0.5);
    }

    private static List<String> texts(List<TrialKey> keys) {
        return keys.stream().map(TrialKey::toString).toList();
    }

    @Test
    void ladderClimbsInterleavedFamiliesThenNarrowsSizeAndWidthWithAllSeeds() {
        Simulation.Run run = Simulation.run(new LadderPlan(Ladder.DEFAULT, 128, SCALAR), SEEDS, PlansTest::deepTransition);
        assertEquals(List.of(
                // the climb, one seed each: linear, nonlinear transition, nonlinear readout, both
                "1,1,0,1,0 seed 0", "1,2,8,1,0 seed 0", "1,1,0,2,8 seed 0", "1,2,8,2,8 seed 0",
                "2,1,0,1,0 seed 0", "2,2,8,1,0 seed 0", "2,1,0,2,8 seed 0", "2,2,8,2,8 seed 0",
                "3,1,0,1,0 seed 0", "3,2,12,1,0 seed 0", "3,1,0,2,12 seed 0", "3,2,12,2,12 seed 0",
                "4,1,0,1,0 seed 0", "4,2,16,1,0 seed 0",
                // hidden size at width 16, bisecting (0, 4]: n = 3 comes close with seed 0 and succeeds with seed 1
                "2,2,16,1,0 seed 0", "3,2,16,1,0 seed 0", "3,2,16,1,0 seed 1",
                // transition width, bisecting (0, 16]
                "3,2,8,1,0 seed 0", "3,2,8,1,0 seed 1", "3,2,4,1,0 seed 0", "3,2,6,1,0 seed 0", "3,2,6,1,0 seed 1",
                "3,2,5,1,0 seed 0", "3,2,5,1,0 seed 1"), texts(run.trained()));
        assertEquals(Optional.of(Architecture.parse("3,2,5,1,0")), run.chosen());
    }

    @Test
    void ladderNarrowingReusesClearFailuresOfTheClimb() {
        Simulation.Run run = Simulation.run(new LadderPlan(Ladder.DEFAULT, 128, SCALAR), SEEDS,
                key -> new TrialOutcome(key.architecture().hiddenDim() >= 5, 0.5));
        assertEquals(Optional.of(Architecture.linear(5)), run.chosen());
        // 4 rungs of 4 families and linear 6; bisecting (0, 6] then probes linear 3 and 4 for free, and trains 5.
        assertEquals(18, run.trained().size());
        assertEquals(List.of("6,1,0,1,0 seed 0", "5,1,0,1,0 seed 0"), texts(run.trained().subList(16, 18)));
    }

    @Test
    void ladderNarrowsReadoutWidthBeforeTransitionWidth() {
        // Both MLPs needed: perfect iff Lo = Lh = 2, wo >= 3 and wh >= 6, at any size.
        Simulation.Run run = Simulation.run(new LadderPlan(Ladder.DEFAULT, 128, SCALAR), SEEDS, key -> {
            Architecture a = key.architecture();
            return new TrialOutcome(a.readoutDepth() == 2 && a.transitionDepth() == 2
                    && a.readoutWidth() >= 3 && a.transitionWidth() >= 6, 0.5);
        });
        assertEquals(Optional.of(Architecture.parse("1,2,6,2,3")), run.chosen());
    }

    @Test
    void ladderStopsAtTheLargestHiddenSize() {
        Simulation.Run run = Simulation.run(new LadderPlan(Ladder.DEFAULT, 3, SCALAR), SEEDS, key -> new TrialOutcome(false, 0.2));
        assertEquals(Optional.empty(), run.chosen());
        assertEquals(12, run.trained().size());
        assertTrue(run.trained().stream().allMatch(k -> k.architecture().hiddenDim() <= 3 && k.seed() == 0));
    }

    @Test
    void paperPlanSweepsThenBisectsWithAllFiveSeeds() {
        Function<TrialKey, TrialOutcome> world = key -> new TrialOutcome(key.architecture().hiddenDim() >= 5, 0.5);
        Simulation.Run run = Simulation.run(new PaperPlan(ArchitectureOrder.PAPER, SCALAR), SeedPolicy.PAPER, world);
        assertEquals(Optional.of(Architecture.linear(5)), run.chosen());
        // Phase 1: n = 2, 3, 4 fail with five seeds each, n = 5 succeeds with seed 0.
        assertEquals(List.of(2, 3, 4, 5), run.trained().subList(0, 16).stream()
                .map(k -> k.architecture().hiddenDim()).distinct().toList());
        assertEquals(List.of(0, 1, 2, 3, 4), run.trained().subList(0, 5).stream().map(TrialKey::seed).toList());
        // Phase 2 bisects between N/2 (inside n = 3) and N; equivalent points are never trained twice.
        assertEquals(run.trained().size(), new HashSet<>(run.trained()).size());
    }

    @Test
    void paperPlanReachesHiddenSizeOneOnlyThroughTheBisection() {
        Simulation.Run run = Simulation.run(new PaperPlan(ArchitectureOrder.PAPER, SCALAR), SeedPolicy.PAPER,
                key -> new TrialOutcome(true, 1));
        assertEquals(List.of("2,1,0,1,0 seed 0", "1,1,0,1,0 seed 0"), texts(run.trained()));
        assertEquals(Optional.of(Architecture.linear(1)), run.chosen());
    }

    @Test
    void seedPolicyRetriesOnlyNearMisses() {
        SeedPolicy policy = new SeedPolicy(3, 0.9);
        int all = Integer.MAX_VALUE;
        assertEquals(new SeedPolicy.Decision(Verdict.PENDING, 0), policy.decide(seed -> null, all));
        assertEquals(new SeedPolicy.Decision(Verdict.FAILED, -1), policy.decide(seed -> new TrialOutcome(false, 0.5), all));
        IntFunction<TrialOutcome> closeThenUnknown = seed -> seed == 0 ? new TrialOutcome(false, 0.95) : null;
        assertEquals(new SeedPolicy.Decision(Verdict.PENDING, 1), policy.decide(closeThenUnknown, all));
        assertEquals(new SeedPolicy.Decision(Verdict.FAILED, -1), policy.decide(closeThenUnknown, 1), "one seed granted");
        assertEquals(new SeedPolicy.Decision(Verdict.PERFECT, 2), policy.decide(seed -> new TrialOutcome(seed == 2, 0.99), all));
        assertEquals(new SeedPolicy.Decision(Verdict.FAILED, -1), policy.decide(seed -> new TrialOutcome(seed == 3, 0.99), all),
                "three seeds at most");
        assertEquals(new SeedPolicy.Decision(Verdict.PENDING, 1),
                SeedPolicy.PAPER.decide(seed -> seed == 0 ? new TrialOutcome(false, 0) : null, all), "the paper retries every failure");
    }
}
