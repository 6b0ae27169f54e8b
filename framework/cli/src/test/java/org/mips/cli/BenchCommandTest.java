package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.cli.bench.BenchManifest;
import org.mips.cli.bench.BenchTask;

/** {@code mips bench}'s handling of bad input: one line, exit code 2, nothing started. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private void refused(String expected, String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().contains(expected), result::toString);
    }

    @Test
    void needsExactlyOneSourceOfTasks() {
        refused("give one of --tasks A,B,..., --all, --data DIR or --networks DIR", "bench", "--out", dir.resolve("b").toString());
        refused("give one of --tasks A,B,..., --all, --data DIR or --networks DIR", "bench", "--all", "--tasks", "Parity_All", "--out", dir.toString());
        assertFalse(Files.exists(dir.resolve("b")), "nothing is written for a refused command");
    }

    @Test
    void networksMustBeADirectoryOfFilesNamedAfterTasks() throws Exception {
        refused("--networks " + dir.resolve("none") + ": not a directory", "bench", "--networks", dir.resolve("none").toString(), "--out",
                dir.resolve("b").toString());
        Path networks = Files.createDirectories(dir.resolve("networks"));
        refused("no <task>.safetensors or <task>.json files", "bench", "--networks", networks.toString(), "--out", dir.resolve("b").toString());
        Path stray = Files.write(networks.resolve("Nope_Task.safetensors"), new byte[8]);
        refused(stray + ": named after no task (no task 'Nope_Task'", "bench", "--networks", networks.toString(), "--out", dir.resolve("b").toString());
        assertFalse(Files.exists(dir.resolve("b")), "nothing is written for a refused command");
    }

    @Test
    void anUnknownTaskIsNamed() {
        refused("No_Such_Task", "bench", "--tasks", "Parity_All,No_Such_Task", "--out", dir.resolve("b").toString());
    }

    @Test
    void aBadBudgetIsNamed() {
        refused("--budget-per-task", "bench", "--all", "--budget-per-task", "soon", "--out", dir.resolve("b").toString());
    }

    @Test
    void resumeNeedsAnEarlierRunAndNoNewTasks() {
        refused("bench.json: no such file", "bench", "--resume", "--out", dir.toString());
        refused("do not give --tasks, --all, --data or --networks", "bench", "--resume", "--all", "--out", dir.toString());
    }

    @Test
    void aDamagedJournalSaysWhatIsWrongAndWhatToDoBeforeAnythingStarts() throws Exception {
        new BenchManifest("mips bench --tasks Parity_All", List.of(new BenchTask("Parity_All", "parity", List.of("Parity_All"))), 20, 600, 300,
                null, null, List.of(), List.of(12.5)).write(dir);
        String manifest = Files.readString(dir.resolve("bench.json"));
        Path journal = Files.createDirectories(dir.resolve("tasks/Parity_All")).resolve("journal.json");
        Files.writeString(journal, "{\"schemaVersion\": 2, \"task\": \"Parity_All\", \"stages\": [\"search\",");
        Cli.Result result = Cli.run("bench", "--resume", "--out", dir.toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + journal + ": not valid JSON: line 1, column 64: the text ends inside the array; "
                + "it lacks its closing ']'; this is task Parity_All's record of its finished stages: delete the file, and the benchmark runs "
                + "that task again from its first stage (the other tasks keep their results)\n", result.err());
        assertEquals(manifest, Files.readString(dir.resolve("bench.json")), "nothing was started");
    }

    @Test
    void anEarlierRunIsNotOverwritten() throws Exception {
        Files.writeString(dir.resolve("bench.json"), "{}");
        refused("holds an earlier benchmark run; continue it with --resume", "bench", "--tasks", "Parity_All", "--out", dir.toString());
        assertEquals("{}", Files.readString(dir.resolve("bench.json")));
    }

    @Test
    void userDataIsReadBeforeAnythingStarts() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("broken.jsonl"), "{\"input\": [1, 0], \"output\": [1]}\nnot json\n");
        refused("broken.jsonl", "bench", "--data", data.toString(), "--out", dir.resolve("b").toString());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        refused("no *.jsonl, *.json or *.csv files", "bench", "--data", empty.toString(), "--out", dir.resolve("c").toString());
        refused("not a directory", "bench", "--data", dir.resolve("nowhere").toString(), "--out", dir.resolve("c").toString());
    }

    @Test
    void theProofMustEndBeforeItsStagesDeadline() {
        refused("--prove-timeout 10m: must be less than --stage-deadline 10m", "bench", "--all", "--prove-timeout", "10m",
                "--out", dir.resolve("b").toString());
    }

    @Test
    void whatEveryTasksProcessWouldRefuseIsRefusedBeforeAnyRuns() {
        // No plugins here: the search's backend is not installed, so no task could run.
        refused("no backend 'cpu'; available: none", "bench", "--tasks", "Parity_All", "--out", dir.resolve("b").toString());
        assertFalse(Files.exists(dir.resolve("b").resolve("bench.json")), "no run was started");
    }

    @Test
    void jobsMustBePositive() {
        refused("--jobs: must be at least 1", "bench", "--all", "--jobs", "0", "--out", dir.resolve("b").toString());
    }

    @Test
    void anEngineThatIsNotInstalledIsNamedWithThoseThatAre() {
        refused("--engine spark: no engine 'spark'; available: local (the spark engine is a plugin: put mips-engine-spark-*.zip into the "
                + "plugins directory)", "bench", "--engine", "spark", "--tasks", "Parity_All", "--out", dir.resolve("b").toString());
        assertFalse(Files.exists(dir.resolve("b")), "nothing is written for a refused command");
    }
}
