package org.mips.engine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory's regular files as a map from relative path ({@code /}-separated) to content, and back. */
final class DirectoryFiles {

    private DirectoryFiles() {
    }

    /** Every regular file under {@code dir}, in path order; empty when it does not exist. */
    static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Map.Entry<String, Path> file : paths(dir).entrySet()) {
                files.put(file.getKey(), Files.readAllBytes(file.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every regular file under {@code dir} by its relative name ({@code /}-separated); empty when it does not exist. */
    private static Map<String, Path> paths(Path dir) {
        Map<String, Path> paths = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return paths;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(file ->
                    paths.put(dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /**
     * Writes {@code files} under {@code dir}, replacing what is there under the same names.
     *
     * @throws IllegalArgumentException for a name that leaves {@code dir}
     */
    static void write(Path dir, Map<String, byte[]> files) {
        try {
            Path root = dir.toAbsolutePath().normalize();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IllegalArgumentException("a job's file '" + file.getKey() + "' is not inside its directory");
                }
                Files.createDirectories(target.getParent());
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                Files.write(partial, file.getValue());
                Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes {@code dir} hold exactly {@code files}: writes them, and deletes every other file under it (one the
     * job deleted, say a stale artifact of a stage it ran again).
     */
    static void replace(Path dir, Map<String, byte[]> files) {
        write(dir, files);
        for (Map.Entry<String, Path> file : paths(dir).entrySet()) {
            if (!files.containsKey(file.getKey())) {
                try {
                    Files.deleteIfExists(file.getValue());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Deletes {@code dir} and everything under it, as far as it can. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is no failure of the job.
        }
    }
}
