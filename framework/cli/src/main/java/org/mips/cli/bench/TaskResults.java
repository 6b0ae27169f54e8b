package org.mips.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.mips.core.io.JsonArtifacts;

/** Reads one task's {@link TaskResult} off the artifacts its run left, its journal and its ending. */
public final class TaskResults {

    private TaskResults() {
    }

    public static TaskResult read(BenchTask task, String relativeDir, Path dir, TaskEnding ending, TaskJournal journal, PaperColumns paper) {
        JsonNode search = json(dir, "search.json");
        JsonNode extract = json(dir, "extract.json");
        JsonNode regress = json(dir, "regress.json");
        JsonNode verification = json(dir, "verification.json");
        JsonNode proof = json(dir, "proof.json");

        String architecture = text(search.path("chosen").path("architecture"));
        String detector = text(extract.path("chosen"));
        TreeSet<String> regressors = new TreeSet<>();
        int size = 0;
        boolean fittedAll = regress.has("formulas");
        for (JsonNode formula : regress.path("formulas")) {
            if (fitted(formula)) {
                regressors.add(formula.path("regressor").asText());
                size += formula.path("size").asInt();
            } else {
                fittedAll = false;
            }
        }
        TaskResult.Verification verified = verification(verification);
        TaskResult.Proof proved = proof.has("status")
                ? new TaskResult.Proof(proof.path("status").asText(), proof.path("detail").asText(), proof.path("seconds").asDouble()) : null;

        String status;
        String reason;
        if (ending.kind() == TaskEnding.Kind.FAILED && !(verified != null && verified.passed() && ending.stage().compareTo(Stage.VERIFY) > 0)) {
            status = TaskResult.FAILED;
            reason = ending.reason();
        } else if (ending.kind() == TaskEnding.Kind.FAILED) {
            // The program passed verification before a later stage failed: it is solved, just not proven (or not emitted).
            status = TaskResult.SOLVED;
            reason = ending.reason();
        } else if (verified != null && verified.passed()) {
            status = proved != null && proved.status().equals(TaskResult.PROVEN) ? TaskResult.PROVEN : TaskResult.SOLVED;
            reason = status.equals(TaskResult.PROVEN) ? "" : proved == null ? "no proof was attempted" : "not proven (" + proved.status() + "): " + proved.detail();
        } else {
            status = TaskResult.UNSOLVED;
            reason = whyUnsolved(search, extract, regress, verified);
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<Stage, Double> entry : journal.seconds().entrySet()) {
            double rounded = Math.round(entry.getValue() * 10) / 10.0;
            seconds.put(entry.getKey().id(), rounded);
            total += rounded;
        }
        return new TaskResult(task.id(), task.description(), relativeDir, status, ending.stage().id(), reason, architecture, detector,
                List.copyOf(regressors), fittedAll ? size : null, verified, proved, seconds, Math.round(total * 10) / 10.0,
                paper.of(task.id()).orElse(null));
    }

    private static TaskResult.Verification verification(JsonNode record) {
        if (!record.has("passed")) {
            return null;
        }
        List<TaskResult.Check> checks = new ArrayList<>();
        for (JsonNode check : record.path("checks")) {
            String counterexample = check.path("counterexample").asText("");
            checks.add(new TaskResult.Check(check.path("name").asText(), check.path("sequences").asLong(), check.path("length").asInt(),
                    counterexample.isEmpty(), counterexample));
        }
        return new TaskResult.Verification(record.path("passed").asBoolean(), checks);
    }

    /** Where the pipeline stopped, from the last artifact that says so. */
    private static String whyUnsolved(JsonNode search, JsonNode extract, JsonNode regress, TaskResult.Verification verification) {
        if (verification != null) {
            return verification.checks().stream().filter(c -> !c.passed()).findFirst()
                    .map(c -> "verification failed on the " + c.name() + ": " + c.counterexample()).orElse("verification failed");
        }
        if (regress.has("formulas")) {
            List<String> missing = new ArrayList<>();
            for (JsonNode formula : regress.path("formulas")) {
                if (!fitted(formula)) {
                    missing.add(formula.path("target").asText());
                }
            }
            return "no regressor fitted " + String.join(", ", missing);
        }
        if (extract.has("candidates") && extract.path("chosen").isNull()) {
            return "no deterministic state machine: " + extract.path("reason").asText();
        }
        if (search.has("bestAccuracy") && search.path("chosen").isNull()) {
            return String.format(Locale.ROOT, "no perfect network within the search budget of %.0f s (best accuracy %.6f)",
                    search.path("budgetSeconds").asDouble(), search.path("bestAccuracy").asDouble());
        }
        return "the run ended without a result";
    }

    /** Whether a regression problem got a formula: regress.json names the regressor that fitted it. */
    private static boolean fitted(JsonNode formula) {
        return formula.path("regressor").isTextual() && !formula.path("regressor").asText().isEmpty();
    }

    private static JsonNode json(Path dir, String name) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? JsonArtifacts.read(file, JsonNode.class) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
