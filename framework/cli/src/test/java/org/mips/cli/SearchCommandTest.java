package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.search.SearchResult;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import picocli.CommandLine;

/** {@code mips search} with a backend plugin compiled at test time: perfect at once iff the transition is nonlinear. */
class SearchCommandTest {


    /** Built once: compiling takes longer than searching. */
    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void fakeBackendPlugin() {
        TestPlugins.backendPlugin(plugins);
    }

    /** Runs {@code mips} as {@link Main} does, adding the search command if the root does not list it yet. */
    private Cli.Result mips(String... args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        MipsCommand root = new MipsCommand();
        CommandLine commandLine = new CommandLine(root);
        if (!commandLine.getSubcommands().containsKey("search")) {
            commandLine.addSubcommand(new SearchCommand());
        }
        // Set after adding: picocli hands these to the subcommands that exist at the time.
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new Errors(false)).setParameterExceptionHandler(Errors::parameter);
        try {
            return new Cli.Result(commandLine.execute(args), out.toString(), err.toString());
        } finally {
            root.close();
        }
    }

    @Test
    void findsTheSmallestNetworkAndWritesItsArtifacts() {
        Path run = dir.resolve("run");
        Cli.Result result = mips("--plugins-dir", plugins.toString(), "search", "--task", "bit_addition",
                "--backend", "fake", "--budget", "1m", "--workers", "2", "--steps", "300", "--out", run.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("\n== search: smallest perfect network, backend fake, budget 1m00s, 2 workers\n"), result::toString);
        assertTrue(result.out().contains("\n  trial 1: 1,1,0,1,0 seed 0, 300 steps, accuracy 0.500000\n"), result::toString);
        assertTrue(result.out().contains("(perfect)"), result::toString);
        // The choice is deterministic; how many look-ahead trials ran beside the deciding ones is not.
        assertTrue(result.out().matches("(?s).*\\n  chose 1,2,1,1,0 \\(seed 0, perfect at step 100\\) after [0-9]+ trials in [0-9.]+s\\n.*"),
                result::toString);
        assertTrue(result.out().endsWith("wrote " + run.resolve("search.json") + ", " + run.resolve("network.json") + ", "
                + run.resolve("curve.json") + "\n"), result::toString);

        RunStore store = RunStore.at(run);
        SearchResult search = store.read(RunArtifacts.SEARCH);
        assertEquals("Binary_Addition", search.task());
        assertEquals("1,2,1,1,0", search.chosen().architecture());
        assertEquals(search.trials().size(), result.out().lines().filter(line -> line.startsWith("  trial ")).count(), "a line per trial");
        assertEquals("1,2,1,1,0", store.read(RunArtifacts.NETWORK).architecture().toText());
    }

    @Test
    void aBadBudgetIsOneLineAndExitTwo() {
        Cli.Result result = mips("search", "--task", "bit_addition", "--budget", "5 minutes");
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: --budget: search.budget: '5 minutes' is not a duration: expected a number and a unit, e.g. 90s, 5m, 1h30m or 500ms\n",
                result.err());
    }

    @Test
    void badSettingsAreOneLineAndExitTwo() {
        assertEquals("mips: --strategy: search.strategy: 'greedy' is not one of ladder, paper\n",
                mips("search", "--task", "bit_addition", "--strategy", "greedy").err());
        assertEquals("mips: --workers: search.workers: -1 is outside 0..1024\n", mips("search", "--task", "bit_addition", "--workers", "-1").err());
        Cli.Result unknown = mips("--plugins-dir", plugins.toString(), "search", "--task", "bit_addition", "--backend", "tpu");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("mips: no backend 'tpu'; available: fake\n", unknown.err());
    }

    @Test
    void aZeroBudgetIsOneLineAndExitTwoForRunAndBench() {
        Cli.Result run = mips("--plugins-dir", plugins.toString(), "run", "Binary_Addition", "--backend", "fake", "--to", "search",
                "--budget", "0s", "--out", dir.resolve("run").toString());
        assertEquals(2, run.exit(), run::toString);
        assertEquals("mips: --budget: search.budget: '0s' is not a positive duration\n", run.err());
        Cli.Result bench = mips("--plugins-dir", plugins.toString(), "--set", "training.backend=fake", "bench", "--tasks", "Binary_Addition",
                "--budget-per-task", "0s", "--out", dir.resolve("bench").toString());
        assertEquals(2, bench.exit(), bench::toString);
        assertEquals(1, bench.errLines().size(), bench::toString);
        assertTrue(bench.err().contains("'0s' is not a positive duration"), bench::toString);
    }

    @Test
    void anOutputDirectoryThatCannotBeOneIsRefusedBeforeTheSearchRuns() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("FILE"), "a file, not a folder\n");
        Cli.Result result = mips("--plugins-dir", plugins.toString(), "run", "Binary_Addition", "--backend", "fake", "--to", "search",
                "--budget", "1m", "--out", file.toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + file + ": cannot create the run directory: it is not a directory\n", result.err());
        assertTrue(!result.out().contains("== search"), "nothing ran: " + result);
    }

    @Test
    void anEngineThatIsNotThereIsOneLineAndExitTwoBeforeTheSearchRuns() {
        Cli.Result result = mips("--plugins-dir", plugins.toString(), "search", "--task", "bit_addition", "--backend", "fake",
                "--engine", "yarn", "--out", dir.resolve("run").toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("mips: search.engine yarn: no engine 'yarn'"), result::toString);
        assertTrue(!result.out().contains("trial 1"), "nothing ran: " + result);
    }

    @Test
    void theUsersDataIsNotSearchedWithJobsForTheyRebuildABuiltInTasksData() throws Exception {
        Path data = java.nio.file.Files.writeString(dir.resolve("parity.jsonl"), "{\"x\": [1, 0, 1], \"y\": [1, 1, 0]}\n"
                + "{\"x\": [0, 1, 1], \"y\": [0, 1, 0]}\n");
        Cli.Result result = mips("--plugins-dir", plugins.toString(), "--set", "search.engine=local", "run", "--data", data.toString(),
                "--backend", "fake", "--to", "search", "--out", dir.resolve("run").toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("mips: search.engine local: a trial job rebuilds the search's data from a built-in task's id, and "),
                result::toString);
        assertTrue(!result.out().contains("trial 1"), "nothing ran: " + result);
    }
}
