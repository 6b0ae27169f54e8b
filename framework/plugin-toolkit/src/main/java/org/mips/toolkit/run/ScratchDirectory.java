package org.mips.toolkit.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new temporary directory for the files an external tool reads and writes, deleted with everything
 * in it on {@link #close()}. Its name carries this process's pid, so that if the process is killed before
 * {@code close()} (kill -9, Ctrl-C), the next scratch directory created on the machine removes it: see
 * {@link OwnedTemporaryFolders}. Use it in a try-with-resources block:
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

    /**
     * Creates an empty directory in the system's temporary directory, named {@code prefix} (with {@code mips-}
     * in front if it lacks it), this process's pid and a random number; first removes the directories that
     * processes now gone left there.
     */
    public static ScratchDirectory create(String prefix) throws IOException {
        return new ScratchDirectory(OwnedTemporaryFolders.create(Path.of(System.getProperty("java.io.tmpdir")), prefix));
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
        OwnedTemporaryFolders.deleteTree(path);
    }
}
