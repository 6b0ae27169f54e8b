package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trials stop being started once the trainings' wall-clock deadline has passed, whatever the search's own clock says. */
class TrialDeadlineTest {

    @Test
    void aRunnerWhoseDeadlineHasPassedIsExpired() {
        ScriptedBackend backend = new ScriptedBackend(key -> ScriptedBackend.Act.succeeds());
        assertTrue(new TrialRunner(backend, ScriptedBackend.request().withDeadline(Instant.now().minusMillis(1)), System.nanoTime(), 0).expired());
        assertFalse(new TrialRunner(backend, ScriptedBackend.request().withDeadline(Instant.now().plus(Duration.ofHours(1))), System.nanoTime(), 0).expired());
        assertFalse(new TrialRunner(backend, ScriptedBackend.request(), System.nanoTime(), 0).expired(), "no deadline, never expired");
    }

    @Test
    void aSessionStartsNoTrialAfterTheTrainingDeadlineEvenWithBudgetLeft() {
        ScriptedBackend backend = new ScriptedBackend(key -> ScriptedBackend.Act.succeeds());
        SearchSettings settings = SearchSettings.defaults().withBudget(Duration.ofHours(1));
        Replay replay = new Replay(new LadderPlan(Ladder.DEFAULT, 4, PlansTest.SCALAR), settings.seeds());
        TrialRunner runner = new TrialRunner(backend, ScriptedBackend.request().withDeadline(Instant.now().minusMillis(1)), System.nanoTime(), 0);
        SearchSession session = new SearchSession(settings, replay, runner, SearchListener.none(), System.nanoTime());
        session.run();
        assertEquals(0, session.records().size());
    }
}
