package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's result, read off the artifacts its run left. */
class TaskResultsTest {

    private static final PaperColumns PAPER = PaperColumns.load();

    @TempDir
    Path dir;

    private TaskResult read(String task, TaskEnding ending) {
        TaskJournal journal = TaskJournal.open(dir, task);
        journal.finished(Stage.SEARCH, 20.04);
        journal.finished(Stage.SIMPLIFY, 5.0);
        return TaskResults.read(new BenchTask(task, "d", List.of(task)), "tasks/" + task, dir, ending, journal, PAPER);
    }

    private void write(String name, String json) throws Exception {
        Files.writeString(dir.resolve(name), json);
    }

    @Test
    void aProvenTaskHasItsNetworkDetectorRegressorsAndProof() throws Exception {
        write("search.json", "{\"chosen\": {\"architecture\": \"2,2,8,1,0\"}, \"bestAccuracy\": 1.0, \"budgetSeconds\": 60}");
        write("extract.json", "{\"candidates\": [], \"chosen\": \"boolean\"}");
        write("regress.json", "{\"formulas\": [{\"target\": \"next_b0\", \"regressor\": \"boolean\", \"size\": 7},"
                + " {\"target\": \"y\", \"regressor\": \"linear\", \"size\": 1}]}");
        write("verification.json", "{\"passed\": true, \"checks\": [{\"name\": \"held-out split\", \"sequences\": 100000, \"length\": 10,"
                + " \"counterexample\": \"\"}]}");
        write("proof.json", "{\"status\": \"proven\", \"detail\": \"dafny: 23 verified\", \"seconds\": 3.9}");

        TaskResult result = read("Binary_Addition", TaskEnding.completed(Stage.EMIT));

        assertEquals(TaskResult.PROVEN, result.status());
        assertEquals("", result.reason());
        assertEquals("2,2,8,1,0", result.architecture());
        assertEquals("boolean", result.detector());
        assertEquals(List.of("boolean", "linear"), result.regressors());
        assertEquals(8, result.programSize());
        assertTrue(result.verification().checks().get(0).passed());
        assertEquals(25.0, result.totalSeconds());
        assertEquals("Y", result.paper().mips());
    }

    @Test
    void aVerifiedButUnprovenProgramIsSolvedWithTheProversReason() throws Exception {
        write("verification.json", "{\"passed\": true, \"checks\": []}");
        write("proof.json", "{\"status\": \"failed\", \"detail\": \"dafny: 1 error\", \"seconds\": 9}");

        TaskResult result = read("Parity_All", TaskEnding.completed(Stage.EMIT));

        assertEquals(TaskResult.SOLVED, result.status());
        assertEquals("not proven (failed): dafny: 1 error", result.reason());
    }

    @Test
    void aSearchWithoutAPerfectNetworkSaysSo() throws Exception {
        write("search.json", "{\"chosen\": null, \"bestAccuracy\": 0.9731, \"budgetSeconds\": 120}");

        TaskResult result = read("Add_Mod_7", TaskEnding.completed(Stage.SEARCH));

        assertEquals(TaskResult.UNSOLVED, result.status());
        assertEquals("search", result.stage());
        assertEquals("no perfect network within the search budget of 120 s (best accuracy 0.973100)", result.reason());
        assertNull(result.architecture());
        assertNull(result.programSize());
    }

    @Test
    void anExtractionWithoutAMachineGivesTheDetectorsReasons() throws Exception {
        write("search.json", "{\"chosen\": {\"architecture\": \"3,2,12,2,12\"}, \"bestAccuracy\": 1.0}");
        write("extract.json", "{\"candidates\": [{}], \"chosen\": null, \"reason\": \"cluster: more than 256 clusters\"}");

        TaskResult result = read("Balanced_Parenthesis", TaskEnding.completed(Stage.EXTRACT));

        assertEquals("no deterministic state machine: cluster: more than 256 clusters", result.reason());
    }

    @Test
    void aFailedVerificationGivesTheCounterexample() throws Exception {
        write("regress.json", "{\"formulas\": [{\"target\": \"next_z0\", \"regressor\": \"table\", \"size\": 500}]}");
        write("verification.json", "{\"passed\": false, \"checks\": [{\"name\": \"held-out split\", \"sequences\": 5, \"length\": 10,"
                + " \"counterexample\": \"sequence 0: the program gives 1, the task 2\"}]}");

        TaskResult result = read("Newton_Magnetic", TaskEnding.completed(Stage.VERIFY));

        assertEquals(TaskResult.UNSOLVED, result.status());
        assertEquals("verification failed on the held-out split: sequence 0: the program gives 1, the task 2", result.reason());
        assertEquals(500, result.programSize());
    }

    @Test
    void aFailureOutranksTheArtifacts() throws Exception {
        write("regress.json", "{\"formulas\": [{\"target\": \"y\", \"regressor\": \"linear\", \"size\": 1}]}");

        TaskResult result = read("Parity_All", new TaskEnding(TaskEnding.Kind.FAILED, Stage.VERIFY, "mips run exited with code 1"));

        assertEquals(TaskResult.FAILED, result.status());
        assertEquals("verify", result.stage());
        assertEquals("mips run exited with code 1", result.reason());
    }

    @Test
    void aProgramThatPassedVerificationStaysSolvedWhenALaterStageFails() throws Exception {
        write("verification.json", "{\"passed\": true, \"checks\": []}");

        TaskResult result = read("Parity_All", new TaskEnding(TaskEnding.Kind.FAILED, Stage.PROVE, "the prove stage ran past its deadline"));

        assertEquals(TaskResult.SOLVED, result.status());
        assertEquals("prove", result.stage());
        assertEquals("the prove stage ran past its deadline", result.reason());
    }

    @Test
    void aUserTaskHasNoPaperColumns() {
        assertNull(read("my_data", TaskEnding.completed(Stage.SEARCH)).paper());
        assertEquals(62, PAPER.size());
    }
}
