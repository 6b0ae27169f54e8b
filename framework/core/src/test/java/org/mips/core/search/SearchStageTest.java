package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.config.Configuration;
import org.mips.core.encode.CategoricalEncoding;
import org.mips.core.encode.OneHotEncoding;
import org.mips.core.encode.ScalarEncoding;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.stages.SearchStage;
import org.mips.core.store.RunStore;
import org.mips.testkit.ParityTask;
import org.mips.core.testing.PipelineTestKit;
import org.mips.spi.pipeline.StageOutcome;

/** The search stage with a scripted backend: its artifacts, its events, and how it ends. */
class SearchStageTest {

    @TempDir
    Path dir;

    private PipelineTestKit.Events search(ScriptedBackend backend) {
        Configuration configuration = Configuration.defaults().with("training.backend", "scripted", "test")
                .with("search.budget", "1m", "test").with("search.workers", "2", "test").with("search.max-hidden", "2", "test");
        return PipelineTestKit.of(new SearchStage()).with(backend, new ScalarEncoding(), new OneHotEncoding(), new CategoricalEncoding()).configuration(configuration).run(new ParityTask(), dir);
    }

    @Test
    void writesEveryTrialTheChosenNetworkAndItsCurve() throws Exception {
        ScriptedBackend backend = new ScriptedBackend(key -> key.seed() == 0 && key.architecture().transitionDepth() == 1
                ? Act.throwing("boom") : Act.succeeds());
        PipelineTestKit.Events events = search(backend);
        assertEquals(StageOutcome.done(), events.outcome("search"));
        RunStore store = RunStore.at(dir);
        SearchResult result = store.read(RunArtifacts.SEARCH);
        assertEquals("Parity_All", result.task());
        assertEquals("scripted", result.backend());
        assertEquals(result.chosen().architecture(), store.read(RunArtifacts.NETWORK).architecture().toText());
        assertEquals(ScriptedBackend.STEPS, store.read(RunArtifacts.CURVE).curve().get(9).step());
        String json = Files.readString(dir.resolve("search.json"));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 3,\n  \"task\" : \"Parity_All\""), json);
        assertTrue(json.contains("\"reason\" : \"IllegalStateException: boom\""), json);
        List<String> lines = events.published("search");
        // Parity's columns are binary and its outputs no affine function of a window: the scalar track alone, nothing pointed;
        // the test's few sequences hold every word of two steps only, too short to close the count of behaviours.
        assertEquals("data survey: tracks scalar; prefixes show 2 or more behaviours", lines.get(0));
        List<String> trials = lines.subList(1, lines.size());
        assertEquals(result.trials().size() + 1, trials.size(), "the survey, a line per trial, then the choice");
        assertTrue(trials.get(0).matches("trial 1: 1,1,0,1,0 seed 0, 0 steps, accuracy 0\\.000000 \\(failed: IllegalStateException: boom\\)"),
                trials::toString);
        assertTrue(trials.get(trials.size() - 1).startsWith("chose " + result.chosen().architecture() + " (seed "), trials::toString);
        assertEquals("smallest perfect network, backend scripted, budget 1m00s, 2 workers",
                events.of(org.mips.core.pipeline.PipelineEvent.StageStarted.class).get(0).summary());
    }

    @Test
    void withoutAPerfectNetworkItStopsTheRunSayingWhy() {
        PipelineTestKit.Events events = search(new ScriptedBackend(key -> Act.fails(0.75)));
        StageOutcome outcome = events.outcome("search");
        assertTrue(outcome instanceof StageOutcome.Stopped, outcome::toString);
        assertTrue(outcome.reason().startsWith("no perfect network within 1m00s (best accuracy 0.750000) in "), outcome.reason());
        RunStore store = RunStore.at(dir);
        assertEquals(null, store.read(RunArtifacts.SEARCH).chosen());
        assertEquals(false, store.has(RunArtifacts.NETWORK));
        assertEquals("search", events.result().result().stage());
    }
}
