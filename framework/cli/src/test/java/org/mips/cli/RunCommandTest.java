package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.RunRecord;
import org.mips.core.store.RunStore;
import org.mips.testkit.PluginJarBuilder;

/**
 * {@code mips run} below the end-to-end level: from Parity_All's machine, with a regressor compiled at
 * test time, through regression and verification (the stages this test has no plugins for are left out).
 */
class RunCommandTest {

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void regressorPlugin() {
        PluginJarBuilder.plugin("acme-table", "1.0.0").source("com.acme.table.Tabulate", TestPlugins.TABULATE)
                .build(plugins.resolve("acme-table.jar"));
    }

    private Cli.Result mips(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--plugins-dir", plugins.toString(), "--set", "pipeline.skip=prove,emit"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void eventsOnStandardOutputAreJsonLinesAndTheConsoleGoesToStandardError() {
        TestPlugins.parityMachine(dir);
        Cli.Result result = mips("run", "Parity_All", "--from", "regress", "--out", dir.toString(), "--events", "-");
        assertEquals(0, result.exit(), result::toString);
        List<PipelineEvent> events = result.out().lines().map(EventLog::parse).toList();
        assertEquals(List.of("regress", "verify"), ((PipelineEvent.RunStarted) events.get(0)).stages());
        assertTrue(events.get(events.size() - 1) instanceof PipelineEvent.RunEnded, events::toString);
        assertTrue(result.err().contains("== regress: regressors tabulate"), result::toString);
        assertTrue(result.err().contains("Parity_All: solved: the program reproduces every checked output"), result::toString);
        assertTrue(result.err().contains("== summary\nprogram Parity_All(x in 0..1):"), result::toString);
    }

    @Test
    void toStopsAfterAStageAndARunRemovesTheVerdictsItMakesStale() {
        TestPlugins.parityMachine(dir);
        assertEquals(0, mips("run", "Parity_All", "--from", "regress", "--out", dir.toString()).exit());
        assertTrue(Files.exists(dir.resolve("verification.json")));
        Cli.Result again = mips("run", "Parity_All", "--from", "regress", "--to", "regress", "--out", dir.toString());
        assertEquals(0, again.exit(), again::toString);
        assertFalse(again.out().contains("== verify"), again::toString);
        assertFalse(Files.exists(dir.resolve("verification.json")), "a new program's verification is not the old one's");
        assertFalse(again.out().contains("== summary"), again::toString);
        assertEquals(List.of("regress"), RunStore.at(dir).read(RunRecord.FILE).stages().stream().map(RunRecord.Entry::stage).toList(),
                "verify's entry went with its verdict");
    }

    @Test
    void fromInAnotherTasksFolderIsOneLineAndExitTwo() {
        TestPlugins.parityMachine(dir);
        assertEquals(0, mips("run", "Parity_All", "--from", "regress", "--out", dir.toString()).exit());
        Cli.Result other = mips("run", "Bitwise_Not", "--from", "regress", "--out", dir.toString());
        assertEquals(2, other.exit(), other::toString);
        assertEquals("mips: " + dir + ": holds a run of Parity_All (run.json), not of Bitwise_Not; give another --out, or run the whole "
                + "pipeline there\n", other.err());
        assertTrue(Files.exists(dir.resolve("verification.json")), "the run that was refused removed nothing");
    }

    @Test
    void aDamagedOrNewerArtifactIsOneLineAndExitTwoBeforeAnyStageRuns() throws Exception {
        Files.writeString(dir.resolve("machine.json"), "{ \"schemaVersion\": 1, \"variables\": [\"p\"], \"initial\": ");
        Cli.Result damaged = mips("run", "Parity_All", "--from", "regress", "--out", dir.toString());
        assertEquals(2, damaged.exit(), damaged::toString);
        assertEquals(1, damaged.errLines().size(), damaged::toString);
        assertTrue(damaged.err().startsWith("mips: " + dir.resolve("machine.json") + ": not valid JSON: "), damaged::toString);
        assertFalse(damaged.out().contains("== regress"), damaged::toString);

        Files.writeString(dir.resolve("machine.json"), "{ \"schemaVersion\": 9 }");
        Cli.Result newer = mips("run", "Parity_All", "--from", "regress", "--out", dir.toString());
        assertEquals("mips: " + dir.resolve("machine.json") + ": schemaVersion 9 is newer than this build of mips reads (1); use a newer mips\n",
                newer.err());
    }

    @Test
    void badStagesAndSettingsAreOneLineAndExitTwo() {
        TestPlugins.parityMachine(dir);
        Cli.Result unknown = mips("run", "Parity_All", "--from", "polish", "--out", dir.toString());
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("mips: cannot start at 'polish': it is not a stage; the pipeline's stages are search, simplify, extract, regress, verify\n",
                unknown.err());
        Cli.Result skipped = mips("run", "Parity_All", "--from", "prove", "--out", dir.toString());
        assertTrue(skipped.err().startsWith("mips: cannot start at 'prove': it is left out by the configuration"), skipped::toString);
        assertEquals(0, mips("run", "Parity_All", "--from", "regress", "--out", dir.toString()).exit());
        Cli.Result emitter = Cli.run("--plugins-dir", plugins.toString(), "--set", "pipeline.skip=prove", "run", "Parity_All", "--from",
                "regress", "--lang", "lua", "--out", dir.toString());
        assertEquals(2, emitter.exit(), emitter::toString);
        assertEquals("mips: no emitter 'lua'; available: none (is the plugins directory right?)\n", emitter.err());
        assertTrue(Files.exists(dir.resolve("program.json")) && Files.exists(dir.resolve("verification.json")),
                "nothing ran, so the earlier run's program and verification stay");
        Cli.Result neither = mips("run", "--out", dir.toString());
        assertEquals("mips: give a TASK or --data FILE (one of them)\n", neither.err());
    }
}
