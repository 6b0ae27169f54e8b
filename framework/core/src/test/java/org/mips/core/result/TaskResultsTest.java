package org.mips.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.emit.EmitRecord;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.imports.ImportRecord;
import org.mips.core.pipeline.StageReport;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.Formula;
import org.mips.core.regress.RegressRecord;
import org.mips.core.regress.Verification;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.search.SearchResult;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.StageOutcome;

/** A task's result, from how its stages ended and the artifacts its run left. */
class TaskResultsTest {

    @TempDir
    Path dir;

    private RunStore store() {
        return RunStore.at(dir);
    }

    private static List<StageReport> done(String... stages) {
        List<StageReport> reports = new ArrayList<>();
        for (String stage : stages) {
            reports.add(new StageReport(stage, StageOutcome.done(), 2.04));
        }
        return reports;
    }

    private static List<StageReport> plus(List<StageReport> reports, String stage, StageOutcome outcome) {
        List<StageReport> more = new ArrayList<>(reports);
        more.add(new StageReport(stage, outcome, 1));
        return more;
    }

    private TaskResult result(List<StageReport> stages) {
        return TaskResults.of("Binary_Addition", "adds", store(), stages);
    }

    private void verified(boolean passed) {
        store().write(RunArtifacts.VERIFICATION, new VerificationRecord("Binary_Addition", passed, List.of(new Verification.Check(
                "held-out split", 100_000, 10, passed ? "" : "sequence 0: the program gives 1, the task 2"))));
    }

    private void proof(ProofRecord.Status status) {
        store().write(RunArtifacts.PROOF, new ProofRecord("Binary_Addition", status, "dafny: 23 verified", "it adds", "dafny", List.of(),
                "explicit: 4 reachable states", "proof.dfy", 3.9));
    }

    @Test
    void aProvenTaskHasItsNetworkDetectorRegressorsProofAndCode() {
        store().write(RunArtifacts.SEARCH, new SearchResult(1, "Binary_Addition", "cpu", "ladder",
                new SearchResult.Chosen("2,2,8,1,0", 0, 300, 200, null), 1.0, true, 30, 60, 2, List.of(), null));
        store().write(RunArtifacts.EXTRACT, new ExtractRecord("Binary_Addition", 100, List.of(), "boolean", "", null));
        store().write(RunArtifacts.REGRESS, new RegressRecord("Binary_Addition", List.of(
                new Formula("next_b0", "boolean", "x0 ^ b0", 7, 8, List.of("boolean: fitted")),
                new Formula("y", "linear", "b0", 1, 2, List.of("linear: fitted")))));
        verified(true);
        proof(ProofRecord.Status.PROVEN);
        store().write(RunArtifacts.EMIT, new EmitRecord("Binary_Addition", List.of(new EmitRecord.EmittedFile("python", "binary_addition.py",
                EmitRecord.Check.PASSED, "ran"))));

        TaskResult result = result(done("search", "simplify", "extract", "regress", "verify", "prove", "emit"));

        assertEquals(TaskStatus.PROVEN, result.status());
        assertEquals("", result.reason());
        assertEquals("emit", result.stage());
        assertEquals("2,2,8,1,0", result.architecture());
        assertEquals("boolean", result.detector());
        assertEquals(List.of("boolean", "linear"), result.regressors());
        assertEquals(8, result.programSize());
        assertTrue(result.verification().checks().get(0).passed());
        assertEquals("it adds", result.proof().claim());
        assertEquals(List.of("binary_addition.py"), result.code());
        assertEquals(14.0, result.totalSeconds());
        assertNull(result.paper());
    }

    @Test
    void aVerifiedButUnprovenProgramIsSolvedWithTheProversReason() {
        verified(true);
        proof(ProofRecord.Status.FAILED);
        TaskResult result = result(done("verify", "prove", "emit"));
        assertEquals(TaskStatus.SOLVED, result.status());
        assertEquals("not proven (failed): dafny: 23 verified", result.reason());
        TaskResult none = TaskResults.of("Parity_All", "", RunStore.at(dir.resolve("other")), done("verify"));
        assertEquals(TaskStatus.UNSOLVED, none.status(), "no verification.json, no verified program");
    }

    @Test
    void anImportedNetworkIsShownWithItsActivationWhereASearchedOneWouldBe() {
        store().write(RunArtifacts.IMPORT, new ImportRecord("rnn.safetensors", "0".repeat(64), "safetensors", "torch-rnn", "tanh", "16,2,16,1,0",
                "scalar", Map.of(), List.of(), 100, 1.0, 0, true));
        verified(true);
        assertEquals("16,2,16,1,0 (imported, tanh)", result(done("simplify", "verify")).architecture());
    }

    @Test
    void aStageThatStoppedGivesTheStageAndItsReason() {
        TaskResult result = result(plus(done(), "search", StageOutcome.stopped("no perfect network within 2m00s (best accuracy 0.973100)")));
        assertEquals(TaskStatus.UNSOLVED, result.status());
        assertEquals("search", result.stage());
        assertEquals("no perfect network within 2m00s (best accuracy 0.973100)", result.reason());
        assertNull(result.architecture());
        assertNull(result.programSize());
    }

    @Test
    void aFailedVerificationIsUnsolvedWithTheCounterexample() {
        verified(false);
        TaskResult result = result(plus(done("search", "simplify", "extract", "regress"), "verify",
                StageOutcome.stopped("the program fails verification on the held-out split: sequence 0")));
        assertEquals(TaskStatus.UNSOLVED, result.status());
        assertEquals("verify", result.stage());
        assertEquals(false, result.verification().passed());
    }

    @Test
    void aFailureBeforeVerificationFailsTheTask() {
        TaskResult result = result(plus(done("search", "simplify"), "extract", StageOutcome.failed("ran past its deadline of 10m")));
        assertEquals(TaskStatus.FAILED, result.status());
        assertEquals("extract", result.stage());
        assertEquals("ran past its deadline of 10m", result.reason());
    }

    @Test
    void aProgramThatPassedVerificationStaysSolvedWhenALaterStageFails() {
        verified(true);
        TaskResult result = result(plus(done("search", "verify"), "prove", StageOutcome.failed("the prover crashed")));
        assertEquals(TaskStatus.SOLVED, result.status());
        assertEquals("prove", result.stage());
        assertEquals("prove failed: the prover crashed", result.reason());
    }

    @Test
    void aDamagedArtifactCountsAsMissing() throws Exception {
        Files.writeString(dir.resolve("verification.json"), "{\"passed\": tru");
        assertEquals(TaskStatus.UNSOLVED, result(done("verify")).status());
    }

    @Test
    void theBenchmarksLineCarriesThePapersColumns() {
        TaskResult line = result(done("search")).inBenchmark("tasks/Binary_Addition", PaperColumns.load().of("Binary_Addition").orElseThrow());
        assertEquals("Y", line.paper().mips());
        assertEquals("tasks/Binary_Addition", line.dir());
        assertEquals(62, PaperColumns.load().size());
    }
}
