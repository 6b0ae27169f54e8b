package org.mips.toolkit.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new temporary directory for the files an external tool reads and writes, deleted with everything
 * in it on {@link #close()}. Use it in a try-with-resources block:
 *
 * <pre>{@code
 * try (ScratchDirectory dir = ScratchDirectory.create("mips-dafny")) {
 *     Path source = dir.write(code.fileName(), code.source());
 *     ToolRun run = ExternalTool.run(List.of(dafny.toString(), "verify", source.toString()), dir.path(), "", timeout);
 *     ...
 * }
 * }</pre>
 */
public final class ScratchDirectory implements AutoCloseable {

    private final Path path;

    private ScratchDirectory(Path path) {
        this.path = path;
    }

    /** Creates an empty directory in the system's temporary directory, its name starting with {@code prefix}. */
    public static ScratchDirectory create(String prefix) throws IOException {
        return new ScratchDirectory(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    /**
     * Writes {@code text} in UTF-8 to a file directly in this directory and returns its path. Only the
     * last element of {@code fileName} counts, so a name with directories in it cannot write elsewhere.
     */
    public Path write(String fileName, String text) throws IOException {
        Path file = path.resolve(Path.of(fileName).getFileName());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Deletes the directory and everything in it, as far as possible. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // A leftover temporary file must not turn a result into an error.
        }
    }
}
