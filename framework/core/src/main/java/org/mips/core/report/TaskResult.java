package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One task's line of results.json. Fields a stopped task never reached are empty text, NaN or null
 * ({@code verification} and {@code proof} keep their JSON, since the task directory usually has more).
 *
 * @param dir           the task directory relative to the bench directory, with {@code /} separators
 * @param stageSeconds  seconds per stage in the order results.json lists them
 */
record TaskResult(String task, String description, String dir, Status status, String stage, String reason,
                  String architecture, String detector, List<String> regressors, String programSize,
                  JsonNode verification, JsonNode proof, Map<String, Double> stageSeconds, double totalSeconds,
                  String paperMips, String paperGpt4) {

    TaskResult {
        regressors = List.copyOf(regressors);
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /** Reads one entry; {@code task} is required and checked by the caller. */
    static TaskResult of(JsonNode node) {
        String task = Json.text(node, "task");
        String dir = Json.text(node, "dir").replace('\\', '/');
        List<String> regressors = new ArrayList<>();
        Json.list(node, "regressors").forEach(regressor -> regressors.add(Json.text(regressor)));
        Map<String, Double> seconds = new LinkedHashMap<>();
        JsonNode stages = Json.object(node, "seconds");
        if (stages != null) {
            stages.fieldNames().forEachRemaining(stage -> seconds.put(stage, Json.number(stages, stage)));
        }
        JsonNode paper = Json.object(node, "paper");
        return new TaskResult(task, Json.text(node, "description"), dir.isEmpty() ? "tasks/" + task : dir,
                Status.of(Json.text(node, "status")), Json.text(node, "stage"), Json.text(node, "reason"),
                Json.text(node, "architecture"), Json.text(node, "detector"), regressors,
                Json.text(node, "programSize"), Json.object(node, "verification"), Json.object(node, "proof"),
                seconds, Json.number(node, "totalSeconds"), Json.text(paper, "mips"), Json.text(paper, "gpt4"));
    }

    /** The proof status results.json gives, or "". */
    String proofStatus() {
        return Json.text(proof, "status");
    }
}
