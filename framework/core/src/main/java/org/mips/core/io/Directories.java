package org.mips.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing directory trees. */
public final class Directories {

    private Directories() {
    }

    /** Deletes {@code path}, a file or a directory tree; nothing to do if it does not exist. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Removes a scratch directory; one that cannot be removed is left behind, a temporary file too many. */
    public static void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException | RuntimeException e) {
            // left behind
        }
    }
}
