package org.mips.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;

/** What the artifacts of earlier stages in a run directory say. */
final class RunFiles {

    private RunFiles() {
    }

    /** The task named by a training.json, search.json or simplify.json next to {@code file}. */
    static String taskBeside(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        for (String name : List.of("training.json", "search.json", "simplify.json")) {
            Path record = dir.resolve(name);
            if (Files.isRegularFile(record)) {
                JsonNode task = JsonArtifacts.read(record, JsonNode.class).get("task");
                if (task != null && task.isTextual()) {
                    return task.asText();
                }
            }
        }
        throw new UserException(file + ": no training.json, search.json or simplify.json beside it names the task; give --task");
    }
}
