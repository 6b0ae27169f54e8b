package org.mips.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        AtomicFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void createsMissingDirectories() throws IOException {
        Path file = dir.resolve("a/b/out.txt");
        AtomicFiles.write(file, out -> out.write("streamed"));
        assertEquals("streamed", Files.readString(file));
    }

    @Test
    void aFailureKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(1, filesIn(dir));
    }
}
