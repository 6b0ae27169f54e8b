package org.mips.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.Verification;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.store.RunStore;

/** The benchmark's tables and totals. */
class ResultsFilesTest {

    private static TaskResult result(String task, TaskStatus status, String mips, String gpt4, String reason) {
        return new TaskResult(task, "d", "tasks/" + task, status, "emit", reason, "1,1,0,1,0", null, List.of("linear"), 3, null, null,
                List.of(), Map.of("search", 1.5), 1.5, mips == null ? null : new PaperColumns.Row(mips, gpt4));
    }

    private static final List<TaskResult> RESULTS = List.of(
            result("A", TaskStatus.PROVEN, "Y", "1", ""),
            result("B", TaskStatus.SOLVED, "n", "0", "not proven (failed): x"),
            result("C", TaskStatus.UNSOLVED, "Y", "0", "no perfect network, best accuracy 0.9 | of 1"),
            result("D", TaskStatus.FAILED, "skip", "1", "exited with code 1, \"oom\""),
            result("mine", TaskStatus.PROVEN, null, null, ""));

    @Test
    void totalsCountOursBesideThePapers() {
        assertEquals(new Totals(5, 3, 2, 2, 2, 2, 1, 4, 5), Totals.of(RESULTS));
    }

    @Test
    void writesJsonCsvAndMarkdown(@TempDir Path dir) throws Exception {
        ResultsFiles.write(dir, BenchResults.of("mips bench --tasks A,B", 2, 60, 125, true, RESULTS));

        BenchResults json = RunStore.at(dir).read(BenchResults.FILE);
        assertEquals(RESULTS, json.tasks());
        assertEquals(3, json.totals().solved());
        assertTrue(Files.readString(dir.resolve(ResultsFiles.JSON)).contains("\"status\" : \"proven\""));

        List<String> csv = Files.readAllLines(dir.resolve(ResultsFiles.CSV));
        assertEquals(6, csv.size());
        assertTrue(csv.get(4).endsWith(",skip,1,\"exited with code 1, \"\"oom\"\"\""), csv.get(4));

        String md = Files.readString(dir.resolve(ResultsFiles.MARKDOWN));
        assertTrue(md.contains("wall time 2 min 5 s"), md);
        assertTrue(md.contains("- Solved: **3** of 5; proven for every input length: **2**."), md);
        assertTrue(md.contains("by MIPS and not by us: 1 (C)"), md);
        assertTrue(md.contains("best accuracy 0.9 / of 1"), "a pipe would split the table's cell: " + md);
    }

    @Test
    void aBenchOfDataExplainsOnlyTheChecksThatRanAndNeverSaysProven(@TempDir Path dir) throws Exception {
        VerificationRecord heldOutOnly = new VerificationRecord("parity", true, List.of(new Verification.Check("held-out split", 300, 10, "")));
        ProofRecord tables = new ProofRecord("parity", ProofRecord.Status.TABLES_AGREE, "dafny: finished with 9 verified, 0 errors",
                "on each of the 2 states and 4 state-input pairs the network was observed in, ...", "dafny", List.of(), "", "proof.dfy", 2.1);
        List<TaskResult> data = List.of(new TaskResult("parity", "d", "tasks/parity", TaskStatus.SOLVED, "emit", "tables agree", "1,2,3,1,0",
                "cluster", List.of("boolean"), 3, heldOutOnly, tables, List.of(), Map.of("search", 1.5), 1.5, null));
        ResultsFiles.write(dir, BenchResults.of("mips bench --data d", 2, 60, 125, true, data));
        String md = Files.readString(dir.resolve(ResultsFiles.MARKDOWN));
        for (String claim : List.of("specification", "ten times", "10,000", "MIPS", "GPT-4", "Proven")) {
            assertFalse(md.contains(claim), () -> "'" + claim + "' in:\n" + md);
        }
        assertTrue(md.contains("- Solved: **1** of 1; tables agree (not a proof): 1.\n"), md);
        assertTrue(md.contains("**Solved** means the program reproduced every output of the data's held-out split"), md);
        assertTrue(md.contains("**Tables agree** means"), md);
        assertTrue(md.contains("- Slowest proof: 2.1 s (parity).\n"), md);
        assertTrue(md.contains("| why not proven |\n|---|---|---|---|---|---|---:|---:|---|\n"), md);
    }

    @Test
    void anUnfinishedRunSaysSo(@TempDir Path dir) throws Exception {
        ResultsFiles.write(dir, BenchResults.of("mips bench --all", 2, 60, 30, false, RESULTS.subList(0, 1)));

        assertTrue(Files.readString(dir.resolve(ResultsFiles.MARKDOWN)).contains("`--resume` continues it"));
    }
}
