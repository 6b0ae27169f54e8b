package org.mips.tasks.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats user data can be read from, recognised by file extension. */
public enum FileFormat {

    /** One JSON object {@code {"x": ..., "y": ...}} per line. */
    JSON_LINES("jsonl", "JSON Lines", List.of(".jsonl", ".ndjson", ".json")),

    /** One row per time step under a header naming the columns. */
    CSV("csv", "CSV", List.of(".csv"));

    private final String id;
    private final String label;
    private final List<String> extensions;

    FileFormat(String id, String label, List<String> extensions) {
        this.id = id;
        this.label = label;
        this.extensions = extensions;
    }

    /** A short name for messages and options: {@code jsonl} or {@code csv}. */
    public String id() {
        return id;
    }

    /** The format's name for people: {@code JSON Lines} or {@code CSV}. */
    public String label() {
        return label;
    }

    /** The extensions that select this format, with the dot, in lower case. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format a file's extension selects (ignoring case), if any. */
    public static Optional<FileFormat> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.stream().anyMatch(name::endsWith)).findFirst();
    }

    /** Every known extension and its format, for messages: {@code .jsonl, .ndjson, .json (JSON Lines); .csv (CSV)}. */
    static String known() {
        return Arrays.stream(values())
                .map(f -> String.join(", ", f.extensions) + " (" + f.label + ")")
                .collect(Collectors.joining("; "));
    }
}
