package org.mips.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mips.core.io.JsonArtifacts;

/**
 * Which stages of one task have finished, and in how many seconds: {@code journal.json} in the task's
 * directory, rewritten atomically as each stage ends, so that a resumed benchmark starts the task at
 * its first unfinished stage. A stage counts as finished only once the run has moved past it (or
 * ended normally), which is after it wrote all its artifacts.
 */
public final class TaskJournal {

    public static final String FILE = "journal.json";

    private final Path file;
    private final String task;
    private final EnumMap<Stage, Double> finished;
    private TaskEnding ending;

    private TaskJournal(Path file, String task, EnumMap<Stage, Double> finished, TaskEnding ending) {
        this.file = file;
        this.task = task;
        this.finished = finished;
        this.ending = ending;
    }

    /** The journal in {@code dir}, empty when the task has not started. */
    public static TaskJournal open(Path dir, String task) {
        Path file = dir.resolve(FILE);
        EnumMap<Stage, Double> finished = new EnumMap<>(Stage.class);
        TaskEnding ending = null;
        if (Files.isRegularFile(file)) {
            JsonNode record = JsonArtifacts.read(file, JsonNode.class);
            record.path("finished").fields().forEachRemaining(e -> Stage.of(e.getKey()).ifPresent(s -> finished.put(s, e.getValue().asDouble())));
            JsonNode end = record.path("ending");
            if (end.isObject()) {
                ending = new TaskEnding(TaskEnding.Kind.valueOf(end.path("kind").asText().toUpperCase(Locale.ROOT)),
                        Stage.of(end.path("stage").asText()).orElse(Stage.SEARCH), end.path("reason").asText());
            }
        }
        return new TaskJournal(file, task, finished, ending);
    }

    /** Records that {@code stage} finished after {@code seconds}. */
    public synchronized void finished(Stage stage, double seconds) {
        finished.put(stage, seconds);
        write();
    }

    /**
     * Records how the task ended: completed (where it stopped, nothing is left to run) or failed (a
     * crash or a deadline, which a resumed run does not retry). A cancelled run is not an ending.
     */
    public synchronized void end(TaskEnding ending) {
        if (ending.kind() != TaskEnding.Kind.CANCELLED) {
            this.ending = ending;
            write();
        }
    }

    /** How the task ended, if it has. */
    public synchronized Optional<TaskEnding> ending() {
        return Optional.ofNullable(ending);
    }

    /** The first stage not yet finished; empty when the task has ended. */
    public synchronized Optional<Stage> resumeAt() {
        if (ending != null) {
            return Optional.empty();
        }
        for (Stage stage : Stage.values()) {
            if (!finished.containsKey(stage)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Seconds per finished stage, in pipeline order. */
    public synchronized Map<Stage, Double> seconds() {
        return Collections.unmodifiableMap(new EnumMap<>(finished));
    }

    private void write() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task);
        Map<String, Double> stages = new LinkedHashMap<>();
        finished.forEach((stage, seconds) -> stages.put(stage.id(), Math.round(seconds * 10) / 10.0));
        record.put("finished", stages);
        if (ending != null) {
            Map<String, String> end = new LinkedHashMap<>();
            end.put("kind", ending.kind().name().toLowerCase(Locale.ROOT));
            end.put("stage", ending.stage().id());
            end.put("reason", ending.reason());
            record.put("ending", end);
        }
        JsonArtifacts.write(file, record);
    }
}
