package org.mips.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Scratch directories. */
public final class Directories {

    private Directories() {
    }

    /** Removes {@code directory} and everything in it, as far as it can: what is left is only a temporary file too many. */
    public static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left behind
        }
    }
}
