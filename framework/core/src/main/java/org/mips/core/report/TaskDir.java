package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;

/**
 * A task's directory inside the bench directory. Its files are all optional: a task that stopped early
 * simply has fewer of them, and an unreadable one is reported in its section rather than failing the
 * whole report.
 *
 * @param path  where the directory is
 * @param link  the same directory relative to the report, with {@code /} separators, for links
 */
record TaskDir(Path path, String link) {

    /** A JSON artifact, or why there is none ({@code json} is then null). */
    record Artifact(String name, JsonNode json, String problem) {

        boolean present() {
            return json != null;
        }
    }

    static TaskDir of(Path benchDir, String relative) {
        String link = relative.replaceAll("/+$", "");
        return new TaskDir(benchDir.resolve(link).normalize(), link);
    }

    boolean exists() {
        return Files.isDirectory(path);
    }

    boolean has(String file) {
        return Files.isRegularFile(path.resolve(file));
    }

    /** The relative link to one of its files. */
    String href(String file) {
        return Html.href(link + "/" + file);
    }

    Artifact json(String name) {
        Path file = path.resolve(name);
        if (!Files.isRegularFile(file)) {
            return new Artifact(name, null, name + " is absent");
        }
        try {
            JsonNode json = JsonArtifacts.read(file, JsonNode.class);
            return json != null && json.isObject() ? new Artifact(name, json, "")
                    : new Artifact(name, null, name + " is not a JSON object");
        } catch (UserException e) {
            return new Artifact(name, null, name + " is unreadable: " + e.getMessage());
        }
    }

    byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** A text file; bytes that are not UTF-8 become replacement characters rather than an error. */
    String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The names of its regular files, sorted. */
    List<String> files() {
        List<String> names = new ArrayList<>();
        if (!exists()) {
            return names;
        }
        try (Stream<Path> entries = Files.list(path)) {
            entries.filter(Files::isRegularFile).map(entry -> entry.getFileName().toString()).sorted()
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
        return names;
    }
}
