package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.io.JsonArtifacts;

/** The benchmark's tables and totals. */
class ResultsFilesTest {

    private static TaskResult result(String task, String status, String mips, String gpt4, String reason) {
        return new TaskResult(task, "d", "tasks/" + task, status, "emit", reason, "1,1,0,1,0", null, List.of("linear"), 3, null, null,
                Map.of("search", 1.5), 1.5, mips == null ? null : new PaperColumns.Row(mips, gpt4));
    }

    private static final List<TaskResult> RESULTS = List.of(
            result("A", TaskResult.PROVEN, "Y", "1", ""),
            result("B", TaskResult.SOLVED, "n", "0", "not proven (failed): x"),
            result("C", TaskResult.UNSOLVED, "Y", "0", "no perfect network, best accuracy 0.9 | of 1"),
            result("D", TaskResult.FAILED, "skip", "1", "exited with code 1, \"oom\""),
            result("mine", TaskResult.PROVEN, null, null, ""));

    @Test
    void totalsCountOursBesideThePapers() {
        assertEquals(new Totals(5, 3, 2, 2, 2, 2, 1, 4, 5), Totals.of(RESULTS));
    }

    @Test
    void writesJsonCsvAndMarkdown(@TempDir Path dir) throws Exception {
        ResultsFiles.write(dir, new ResultsFiles.Run("mips bench --tasks A,B", 2, 60, 125, true), RESULTS);

        JsonNode json = JsonArtifacts.read(dir.resolve(ResultsFiles.JSON), JsonNode.class);
        assertEquals(5, json.path("tasks").size());
        assertEquals(3, json.path("totals").path("solved").asInt());
        assertEquals("proven", json.path("tasks").get(0).path("status").asText());

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
        ResultsFiles.write(dir, new ResultsFiles.Run("mips bench --all", 2, 60, 30, false), RESULTS.subList(0, 1));

        assertTrue(Files.readString(dir.resolve(ResultsFiles.MARKDOWN)).contains("`--resume` continues it"));
    }
}
