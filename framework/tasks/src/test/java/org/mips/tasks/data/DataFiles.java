package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Writes test data files and checks the one-line messages readers give for them. */
final class DataFiles {

    private DataFiles() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that reading {@code file} fails with exactly {@code file + ": " + where}. */
    static void assertFails(Function<Path, ?> reader, Path file, String where) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> reader.apply(file));
        assertEquals(file + ": " + where, e.getMessage());
    }
}
