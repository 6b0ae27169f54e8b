package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;

/**
 * A bench directory's results.json.
 *
 * @param wallSeconds           NaN when absent
 * @param budgetPerTaskSeconds  NaN when absent
 * @param jobs                  "" when absent
 */
record BenchResults(String command, double wallSeconds, String jobs, double budgetPerTaskSeconds, Totals totals,
                    List<TaskResult> tasks) {

    BenchResults {
        tasks = List.copyOf(tasks);
    }

    /**
     * The counts at the top of the report. The first three are counted from the tasks when results.json
     * has no totals; the comparisons with the paper cannot be, and are then "".
     */
    record Totals(long tasks, long solved, long proven, String mips, String gpt4, String solvedOnlyByUs,
                  String unionWithMips, String unionAll) {
    }

    /**
     * Reads and checks results.json.
     *
     * @throws UserException naming the file when it is missing, not JSON, or lacks its task list
     */
    static BenchResults read(Path file) {
        JsonNode root = JsonArtifacts.read(file, JsonNode.class);
        if (root == null || !root.isObject()) {
            throw new UserException(file + ": not a bench results object");
        }
        if (!root.has("tasks") || !root.get("tasks").isArray()) {
            throw new UserException(file + ": no \"tasks\" array");
        }
        List<TaskResult> tasks = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root.get("tasks")) {
            if (!entry.isObject() || Json.text(entry, "task").isBlank()) {
                throw new UserException(file + ": tasks[" + index + "] has no \"task\" name");
            }
            tasks.add(TaskResult.of(entry));
            index++;
        }
        return new BenchResults(Json.text(root, "command"), Json.number(root, "wallSeconds"),
                Json.text(root, "jobs"), Json.number(root, "budgetPerTaskSeconds"),
                totals(Json.object(root, "totals"), tasks), tasks);
    }

    private static Totals totals(JsonNode totals, List<TaskResult> tasks) {
        long solved = tasks.stream().filter(task -> task.status().solved()).count();
        long proven = tasks.stream().filter(task -> task.status() == Status.PROVEN).count();
        return new Totals(count(totals, "tasks", tasks.size()), count(totals, "solved", solved),
                count(totals, "proven", proven), Json.text(totals, "mips"), Json.text(totals, "gpt4"),
                Json.text(totals, "solvedOnlyByUs"), Json.text(totals, "unionWithMips"),
                Json.text(totals, "unionAll"));
    }

    private static long count(JsonNode totals, String field, long counted) {
        double value = Json.number(totals, field);
        return Double.isFinite(value) ? Math.round(value) : counted;
    }
}
