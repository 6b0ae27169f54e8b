package org.mips.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;

/**
 * What a benchmark run is, kept in {@code bench.json} so that {@code --resume} continues the same run:
 * its tasks, budgets and command line, and the wall time of each session so far.
 *
 * @param command              the command line that started the run
 * @param tasks                its tasks, in order
 * @param budgetPerTaskSeconds each task's search budget
 * @param stageDeadlineSeconds the deadline of every later stage
 * @param proveTimeoutSeconds  how long the prover's verifier may run
 * @param sessions             seconds of each finished or interrupted session
 */
public record BenchManifest(String command, List<BenchTask> tasks, double budgetPerTaskSeconds, double stageDeadlineSeconds,
        double proveTimeoutSeconds, List<Double> sessions) {

    public static final String FILE = "bench.json";

    public BenchManifest {
        tasks = List.copyOf(tasks);
        sessions = List.copyOf(sessions);
    }

    /** The same run with one more session. */
    public BenchManifest withSession(double seconds) {
        List<Double> more = new ArrayList<>(sessions);
        more.add(Math.round(seconds * 10) / 10.0);
        return new BenchManifest(command, tasks, budgetPerTaskSeconds, stageDeadlineSeconds, proveTimeoutSeconds, more);
    }

    public double wallSeconds() {
        return sessions.stream().mapToDouble(Double::doubleValue).sum();
    }

    public void write(Path dir) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("command", command);
        record.put("tasks", tasks);
        record.put("budgetPerTaskSeconds", budgetPerTaskSeconds);
        record.put("stageDeadlineSeconds", stageDeadlineSeconds);
        record.put("proveTimeoutSeconds", proveTimeoutSeconds);
        record.put("sessions", sessions);
        JsonArtifacts.write(dir.resolve(FILE), record);
    }

    /** The manifest of the run in {@code dir}; a missing or unreadable one is the user's error. */
    public static BenchManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such file; --resume continues a run that 'mips bench --out " + dir + "' started");
        }
        JsonNode record = JsonArtifacts.read(file, JsonNode.class);
        List<BenchTask> tasks = new ArrayList<>();
        for (JsonNode task : record.path("tasks")) {
            List<String> source = new ArrayList<>();
            task.path("source").forEach(s -> source.add(s.asText()));
            tasks.add(new BenchTask(task.path("id").asText(), task.path("description").asText(), source));
        }
        List<Double> sessions = new ArrayList<>();
        record.path("sessions").forEach(s -> sessions.add(s.asDouble()));
        for (String field : List.of("budgetPerTaskSeconds", "stageDeadlineSeconds", "proveTimeoutSeconds")) {
            if (!record.path(field).isNumber()) {
                throw new UserException(file + ": not a benchmark manifest (no number " + field + ")");
            }
        }
        if (tasks.isEmpty()) {
            throw new UserException(file + ": not a benchmark manifest (no tasks)");
        }
        return new BenchManifest(record.path("command").asText(), tasks, record.path("budgetPerTaskSeconds").asDouble(),
                record.path("stageDeadlineSeconds").asDouble(), record.path("proveTimeoutSeconds").asDouble(), sessions);
    }
}
