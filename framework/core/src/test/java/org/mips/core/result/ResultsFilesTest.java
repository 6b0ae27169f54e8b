package org.mips.core.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void anUnfinishedRunSaysSo(@TempDir Path dir) throws Exception {
        ResultsFiles.write(dir, BenchResults.of("mips bench --all", 2, 60, 30, false, RESULTS.subList(0, 1)));

        assertTrue(Files.readString(dir.resolve(ResultsFiles.MARKDOWN)).contains("`--resume` continues it"));
    }
}
