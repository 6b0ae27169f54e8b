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
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
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
        for (String stale : read(dir).keySet()) {
            if (!files.containsKey(stale)) {
                try {
                    Files.deleteIfExists(dir.resolve(stale));
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
