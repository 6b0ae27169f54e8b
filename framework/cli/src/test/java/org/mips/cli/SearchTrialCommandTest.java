package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.Mips;
import org.mips.core.io.AtomicFiles;
import org.mips.core.search.TrialJob;
import org.mips.core.search.TrialReport;
import org.mips.core.search.TrialStop;
import org.mips.core.search.Track;
import org.mips.core.store.RunStore;

/** {@code mips search-trial}: one trial of a search, as an engine's job runs it, with the test's fake backend plugin. */
class SearchTrialCommandTest {

    @TempDir
    static Path plugins;

    /** The digest of Binary_Addition's standard data, as the search that sends a job computes it. */
    private static String digest;

    @TempDir
    Path dir;

    @BeforeAll
    static void fakeBackendPluginAndTheTasksDigest() {
        TestPlugins.backendPlugin(plugins);
        try (Mips mips = Mips.start(Optional.of(plugins))) {
            digest = TrialJob.digest(mips.tasks().find("Binary_Addition").dataset(42));
        }
    }

    private Cli.Result trial(String architecture, String dataDigest) {
        TrialJob.Spec spec = new TrialJob.Spec("Binary_Addition", dataDigest, Track.scalar(2, 1), architecture, 0, false,
                Instant.now().plus(5, ChronoUnit.MINUTES).toString());
        AtomicFiles.write(dir.resolve("trial.json"), RunStore.toJson(TrialJob.Spec.TYPE, spec));
        return Cli.run("--plugins-dir", plugins.toString(), "--set", "training.backend=fake", "--set", "search.steps=300",
                "search-trial", "--dir", dir.toString());
    }

    private TrialReport report() throws Exception {
        Path file = dir.resolve("trial-report.json");
        return RunStore.parse(file, Files.readString(file), TrialReport.TYPE);
    }

    @Test
    void trainsTheTrialOfItsSpecAndReportsItWithTheNetworkWhenPerfect() throws Exception {
        Cli.Result perfect = trial("1,2,8,1,0", digest);
        assertEquals(0, perfect.exit(), perfect::toString);
        assertEquals("", perfect.out(), "a trial job's answer is its report");
        TrialReport report = report();
        assertEquals("1,2,8,1,0", report.trial().architecture());
        assertEquals(TrialStop.PERFECT, report.trial().stop());
        assertNotNull(report.network());
        assertEquals("1,2,8,1,0", report.network().architecture().toText());
        assertFalse(report.curve().isEmpty());

        Cli.Result linear = trial("1,1,0,1,0", digest);
        assertEquals(0, linear.exit(), linear::toString);
        TrialReport failed = report();
        assertEquals(TrialStop.STEPS, failed.trial().stop());
        assertEquals(300, failed.trial().steps(), "the --set search.steps the search gave it");
        assertNull(failed.network(), "only a perfect trial carries its network");
    }

    @Test
    void dataThatIsNotTheSearchsIsOneLineAndExitTwo() {
        Cli.Result result = trial("1,2,8,1,0", "0".repeat(64));
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: trial.json: the data rebuilt here for task Binary_Addition is not the search's (is this the same version of "
                + "mips and of the task's suite?)\n", result.err());
        assertFalse(Files.exists(dir.resolve("trial-report.json")));
    }

    @Test
    void aDirectoryWithoutASpecOrWithABadOneIsOneLineAndExitTwo() throws Exception {
        Cli.Result none = Cli.run("--plugins-dir", plugins.toString(), "search-trial", "--dir", dir.toString());
        assertEquals(2, none.exit(), none::toString);
        assertEquals("mips: " + dir.resolve("trial.json").toAbsolutePath() + ": no such file; a trial job runs in a directory holding its "
                + "trial.json\n", none.err());

        Cli.Result architecture = trial("1,2", digest);
        assertEquals(2, architecture.exit(), architecture::toString);
        assertEquals(1, architecture.errLines().size(), architecture::toString);
        assertTrue(architecture.err().startsWith("mips: trial.json: architecture '1,2': "), architecture::toString);
    }
}
