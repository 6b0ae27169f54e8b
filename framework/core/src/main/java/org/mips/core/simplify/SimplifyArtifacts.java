package org.mips.core.simplify;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.core.io.JsonArtifacts;

/** The simplify stage's files: {@code simplified.json} (the network) and {@code simplify.json} (every step's metrics). */
public final class SimplifyArtifacts {

    public static final String NETWORK_FILE = "simplified.json";
    public static final String RECORD_FILE = "simplify.json";

    private SimplifyArtifacts() {
    }

    public static List<Path> write(Path dir, String task, SimplifyReport report) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task);
        record.put("initial", report.initial());
        record.put("steps", report.steps());
        record.put("result", report.result());
        JsonArtifacts.write(dir.resolve(NETWORK_FILE), report.network());
        JsonArtifacts.write(dir.resolve(RECORD_FILE), record);
        return List.of(dir.resolve(NETWORK_FILE), dir.resolve(RECORD_FILE));
    }
}
