package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.search.ScriptedBackend.Act;

/** Finished trials are on disk as they finish, and a search of the same task with the same settings reads them back. */
class TrialCacheTest {

    private static final SearchSettings SETTINGS = SearchSettings.defaults().withBudget(Duration.ofMinutes(1))
            .withGrace(Duration.ofSeconds(5)).withWorkers(1);

    @TempDir
    Path dir;

    private static Act deepTransition(TrialKey key) {
        TrialOutcome outcome = PlansTest.deepTransition(key);
        return outcome.perfect() ? Act.succeeds() : Act.fails(outcome.bestAccuracy());
    }

    private SearchOutcome search(ScriptedBackend backend, String task, int steps) {
        return new ArchitectureSearch(backend, SETTINGS).keepingTrialsIn(dir).run(task,
                ScriptedBackend.request().withSteps(steps), SearchListener.none());
    }

    private List<String> trialFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve(TrialCache.FOLDER))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondSearchReadsEveryFinishedTrialBackAndChoosesTheSameNetwork() throws Exception {
        ScriptedBackend first = new ScriptedBackend(TrialCacheTest::deepTransition);
        SearchOutcome before = search(first, "Scripted_Task", ScriptedBackend.STEPS);
        assertEquals(first.calls().size(), trialFiles().size(), "one file per finished trial: " + trialFiles());

        ScriptedBackend second = new ScriptedBackend(TrialCacheTest::deepTransition);
        SearchOutcome after = search(second, "Scripted_Task", ScriptedBackend.STEPS);
        assertEquals(List.of(), second.calls(), "nothing is trained again");
        assertEquals(before.result().chosen(), after.result().chosen());
        assertEquals(before.network(), after.network());
        assertTrue(after.result().trials().stream().allMatch(TrialRecord::reused), after.result().trials()::toString);
        assertFalse(before.result().trials().stream().anyMatch(TrialRecord::reused));
    }

    @Test
    void anotherTaskOrOtherSettingsTrainAgainAndReplaceTheFiles() throws Exception {
        search(new ScriptedBackend(TrialCacheTest::deepTransition), "Scripted_Task", ScriptedBackend.STEPS);
        List<String> files = trialFiles();

        ScriptedBackend otherSteps = new ScriptedBackend(TrialCacheTest::deepTransition);
        search(otherSteps, "Scripted_Task", ScriptedBackend.STEPS / 2);
        assertFalse(otherSteps.calls().isEmpty(), "other training settings, other trials");

        ScriptedBackend otherTask = new ScriptedBackend(TrialCacheTest::deepTransition);
        search(otherTask, "Other_Task", ScriptedBackend.STEPS);
        assertEquals(otherTask.calls().size(), trialFiles().size(), "only the trials of the search that ran last stay");
        assertEquals(files, trialFiles());
    }

    @Test
    void failedTrialsAreTrainedAgain() throws Exception {
        ScriptedBackend first = new ScriptedBackend(key -> key.architecture().hiddenDim() == 1 ? Act.throwing("flaky") : deepTransition(key));
        search(first, "Scripted_Task", ScriptedBackend.STEPS);
        ScriptedBackend second = new ScriptedBackend(TrialCacheTest::deepTransition);
        search(second, "Scripted_Task", ScriptedBackend.STEPS);
        assertTrue(second.calls().stream().allMatch(key -> key.architecture().hiddenDim() == 1) && !second.calls().isEmpty(),
                second.calls()::toString);
    }
}
