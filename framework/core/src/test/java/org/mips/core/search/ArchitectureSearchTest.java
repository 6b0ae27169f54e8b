package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.spi.network.Architecture;

/** The search on worker threads, against scripted backends. */
class ArchitectureSearchTest {

    private static final SearchSettings SETTINGS = SearchSettings.defaults().withBudget(Duration.ofMinutes(1))
            .withGrace(Duration.ofSeconds(5));

    /** {@link PlansTest#deepTransition} as a backend. */
    private static Act deepTransition(TrialKey key) {
        TrialOutcome outcome = PlansTest.deepTransition(key);
        return outcome.perfect() ? Act.succeeds() : Act.fails(outcome.bestAccuracy());
    }

    private static SearchOutcome search(ScriptedBackend backend, SearchSettings settings) {
        return new ArchitectureSearch(backend, settings).run("Scripted_Task", ScriptedBackend.request(), SearchListener.none());
    }

    private static String chosen(SearchOutcome outcome) {
        SearchResult.Chosen chosen = outcome.result().chosen();
        return chosen == null ? "none" : chosen.architecture() + " seed " + chosen.seed();
    }

    @Test
    void oneWorkerTrainsWhatTheSequentialPlanTrains() {
        ScriptedBackend backend = new ScriptedBackend(ArchitectureSearchTest::deepTransition);
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(1));

        Simulation.Run expected = Simulation.run(SETTINGS.plan(DataSurvey.Plan.scalar(1, 1)), SETTINGS.seeds(), PlansTest::deepTransition);
        assertEquals(expected.trained(), backend.calls());
        assertEquals("3,2,5,1,0 seed 1", chosen(outcome));
        SearchResult result = outcome.result();
        assertTrue(result.complete());
        assertEquals(1.0, result.bestAccuracy());
        assertEquals(ScriptedBackend.STEPS, result.chosen().perfectAtStep());
        assertEquals(Architecture.parse("3,2,5,1,0"), outcome.network().orElseThrow().architecture());
        assertEquals("Scripted_Task", result.task());
        assertEquals("scripted", result.backend());
        assertEquals("ladder", result.strategy());
        assertTrue(backend.threads().stream().allMatch(t -> t == SETTINGS.withWorkers(1).threadsPerTrial()));
    }

    @Test
    void recordsEveryTrialInStartingOrder() {
        ScriptedBackend backend = new ScriptedBackend(ArchitectureSearchTest::deepTransition);
        List<Integer> startedIndexes = new ArrayList<>();
        List<TrialRecord> heard = new ArrayList<>();
        SearchOutcome outcome = new ArchitectureSearch(backend, SETTINGS.withWorkers(2)).run("Scripted_Task",
                ScriptedBackend.request(), new SearchListener() {
                    @Override
                    public void trialStarted(int index, TrialKey trial) {
                        startedIndexes.add(index);
                    }

                    @Override
                    public void trialFinished(TrialRecord trial) {
                        heard.add(trial);
                    }
                });
        List<TrialRecord> trials = outcome.result().trials();
        assertEquals(backend.calls().size(), trials.size());
        assertEquals(trials.size(), startedIndexes.size());
        assertEquals(new HashSet<>(trials), new HashSet<>(heard));
        for (int i = 0; i < trials.size(); i++) {
            TrialRecord trial = trials.get(i);
            assertEquals(i + 1, trial.index());
            assertEquals(trial.perfect(), trial.stop() == TrialStop.PERFECT, trial::toString);
            assertEquals(trial.perfect() ? Integer.valueOf(ScriptedBackend.STEPS) : null, trial.perfectAtStep());
            assertTrue(trial.seconds() >= 0 && trial.startSeconds() >= 0);
        }
        assertTrue(backend.threads().stream().allMatch(t -> t == SETTINGS.withWorkers(2).threadsPerTrial()));
    }

    @Test
    void twoWorkersDecideAsOneWhateverTheFinishingOrder() {
        for (int shuffle = 1; shuffle <= 3; shuffle++) {
            int salt = shuffle;
            // Each trial sleeps 0..15 ms, differently per round, so they finish in a different order.
            ScriptedBackend backend = new ScriptedBackend(key ->
                    deepTransition(key).taking(Math.floorMod((key.hashCode() * 31 + salt) * 0x9E3779B9, 16)));
            SearchOutcome outcome = search(backend, SETTINGS.withWorkers(2));
            assertEquals("3,2,5,1,0 seed 1", chosen(outcome), "round " + shuffle);
            assertTrue(outcome.result().complete());
            Simulation.Run sequential = Simulation.run(SETTINGS.plan(DataSurvey.Plan.scalar(1, 1)), SETTINGS.seeds(), PlansTest::deepTransition);
            assertTrue(new HashSet<>(backend.calls()).containsAll(sequential.trained()), "round " + shuffle);
        }
    }

    @Test
    void aFastPerfectSeedOneWaitsForSeedZero() {
        // The paper's plan and seeds: every failure is retried, so seeds 0 and 1 of a candidate run together.
        SearchSettings settings = SETTINGS.withStrategy(Strategy.PAPER).withSeeds(SeedPolicy.PAPER).withWorkers(2);
        Function<TrialKey, Act> slowSeedZero = key -> key.seed() == 0 ? Act.succeeds().taking(300) : Act.succeeds();
        ScriptedBackend backend = new ScriptedBackend(slowSeedZero);
        SearchOutcome outcome = search(backend, settings);
        assertEquals("1,1,0,1,0 seed 0", chosen(outcome));
        assertTrue(backend.calls().contains(new TrialKey(new Candidate(PlansTest.SCALAR, Architecture.linear(2)), 1)), "seed 1 ran alongside");

        Function<TrialKey, Act> seedZeroFails = key -> key.seed() == 0 ? Act.fails(0.99).taking(300) : Act.succeeds();
        assertEquals("1,1,0,1,0 seed 1", chosen(search(new ScriptedBackend(seedZeroFails), settings)));
    }

    @Test
    void lookAheadThatIsNoLongerNeededIsCancelled() {
        // Linear n = 1 succeeds after 100 ms; the look-ahead (the next ladder candidate) would take 3 s.
        ScriptedBackend backend = new ScriptedBackend(key -> key.architecture().equals(Architecture.linear(1))
                ? Act.succeeds().taking(100) : Act.fails(0.5).taking(3000));
        long start = System.nanoTime();
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("1,1,0,1,0 seed 0", chosen(outcome));
        assertTrue(seconds < 2, "took " + seconds + " s");
        TrialRecord lookAhead = outcome.result().trials().get(1);
        assertEquals("1,2,8,1,0", lookAhead.architecture());
        assertEquals(TrialStop.CANCELLED, lookAhead.stop());
        assertEquals("not needed any more", lookAhead.reason());
    }

    @Test
    void noTrialStartsAfterTheBudget() {
        ScriptedBackend backend = new ScriptedBackend(key -> Act.fails(0.5).taking(200));
        long start = System.nanoTime();
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(2).withBudget(Duration.ofMillis(500)));
        double seconds = (System.nanoTime() - start) / 1e9;
        SearchResult result = outcome.result();
        assertFalse(result.complete());
        assertNull(result.chosen());
        assertTrue(outcome.network().isEmpty());
        assertEquals(0.5, result.bestAccuracy());
        assertTrue(seconds < 1.5, "took " + seconds + " s");
        assertFalse(result.trials().isEmpty());
        assertTrue(result.trials().stream().allMatch(t -> t.startSeconds() < 0.5), result.trials()::toString);
        assertTrue(result.trials().stream().allMatch(t -> t.stop() == TrialStop.STEPS || t.stop() == TrialStop.DEADLINE));
    }

    @Test
    void theBudgetEndingDuringNarrowingReportsTheBestSoFar() {
        // Any nonlinear transition works; the ascent finds 1,2,8,1,0 by 800 ms, and the first narrowing
        // trial would end at 1,200 ms: 200 ms of slack either side of the budget.
        ScriptedBackend backend = new ScriptedBackend(key ->
                (key.architecture().transitionDepth() == 2 ? Act.succeeds() : Act.fails(0.5)).taking(400));
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(1).withBudget(Duration.ofMillis(1000)));
        assertFalse(outcome.result().complete());
        assertEquals("1,2,8,1,0 seed 0", chosen(outcome));
        assertEquals(Architecture.parse("1,2,8,1,0"), outcome.network().orElseThrow().architecture());
    }

    @Test
    void aBackendThatIgnoresTheDeadlineIsAbandonedAfterTheGracePeriod() {
        ScriptedBackend backend = new ScriptedBackend(key -> Act.fails(0.5).taking(3000).rudely());
        long start = System.nanoTime();
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(2).withBudget(Duration.ofMillis(200))
                .withGrace(Duration.ofMillis(100)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 1.5, "took " + seconds + " s");
        List<TrialRecord> trials = outcome.result().trials();
        assertEquals(2, trials.size());
        assertTrue(trials.stream().allMatch(t -> t.stop() == TrialStop.CANCELLED
                && t.reason().equals("still running when the search ended; abandoned")), trials::toString);
    }

    @Test
    void aThrowingBackendFailsOnlyThatTrial() {
        // Every nonlinear-readout network crashes; the search records why and still finds its network.
        ScriptedBackend backend = new ScriptedBackend(key -> key.architecture().readoutDepth() == 2
                ? Act.throwing("out of memory for the readout\nat line 2") : deepTransition(key));
        SearchOutcome outcome = search(backend, SETTINGS.withWorkers(2));
        assertEquals("3,2,5,1,0 seed 1", chosen(outcome));
        List<TrialRecord> failed = outcome.result().trials().stream().filter(t -> t.stop() == TrialStop.FAILED).toList();
        assertFalse(failed.isEmpty());
        assertTrue(failed.stream().allMatch(t -> t.reason().equals("IllegalStateException: out of memory for the readout")),
                failed::toString);
    }

    @Test
    void thePaperStrategyRunsThroughTheSameMachinery() {
        ScriptedBackend backend = new ScriptedBackend(key -> key.architecture().hiddenDim() >= 3 ? Act.succeeds() : Act.fails(0.5));
        SearchOutcome outcome = search(backend, SETTINGS.withStrategy(Strategy.PAPER).withSeeds(SeedPolicy.PAPER).withWorkers(2));
        assertEquals("3,1,0,1,0 seed 0", chosen(outcome));
        assertEquals("paper", outcome.result().strategy());
    }
}
