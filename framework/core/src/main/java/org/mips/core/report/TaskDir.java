package org.mips.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mips.core.result.TaskResult;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.ArtifactType;

/**
 * A task's directory inside the bench directory. Its files are all optional: a task that stopped early
 * simply has fewer of them, and an unreadable one is reported in its section rather than failing the
 * whole report.
 *
 * @param path  where the directory is
 * @param link  the same directory relative to the report, with {@code /} separators, for links
 */
record TaskDir(Path path, String link) {

    /**
     * One artifact of the directory: its record, or in one line why there is none.
     *
     * @param value       the record; null when the file is absent or unreadable
     * @param unreadable  whether the file is there but the store refused it (then {@code problem} says why)
     * @param problem     "search.json is absent", or what is wrong with the file; "" when {@code value} is there
     */
    record Artifact<T>(T value, boolean unreadable, String problem) {

        boolean present() {
            return value != null;
        }
    }

    /** The directory of a task of results.json; a result without one is under {@code tasks/<task>}. */
    static TaskDir of(Path benchDir, TaskResult task) {
        String relative = Fmt.text(task.dir()).replace('\\', '/');
        String link = (relative.isEmpty() ? "tasks/" + task.task() : relative).replaceAll("/+$", "");
        return new TaskDir(benchDir.resolve(link).normalize(), link);
    }

    /**
     * Whether {@code name} names a file directly inside a directory: artifacts name other files (the
     * proof, the emitted code), and the report must not be led to show or link anything elsewhere.
     */
    static boolean plainName(String name) {
        return name != null && !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.contains("/")
                && !name.contains("\\") && !name.contains(":");
    }

    boolean exists() {
        return Files.isDirectory(path);
    }

    boolean has(String file) {
        return Files.isRegularFile(path.resolve(file));
    }

    boolean has(ArtifactType<?> type) {
        return RunStore.at(path).has(type);
    }

    /** The relative link to one of its files. */
    String href(String file) {
        return Html.href(link + "/" + file);
    }

    /** Reads an artifact through the run store, which checks it against its record. */
    <T> Artifact<T> read(ArtifactType<T> type) {
        RunStore store = RunStore.at(path);
        if (!store.has(type)) {
            return new Artifact<>(null, false, type.fileName() + " is absent");
        }
        try {
            return new Artifact<>(store.read(type), false, "");
        } catch (ArtifactException e) {
            return new Artifact<>(null, true, relative(store.file(type), e.getMessage()));
        }
    }

    /**
     * The store's message names the file by its path on this machine; the report names it as its links
     * do, relative to the bench directory, so the page reads the same wherever the directory is.
     */
    private String relative(Path file, String message) {
        String absolute = file.toString();
        return message.startsWith(absolute) ? link + "/" + file.getFileName() + message.substring(absolute.length())
                : message;
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
