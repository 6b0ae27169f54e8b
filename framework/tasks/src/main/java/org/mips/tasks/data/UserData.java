package org.mips.tasks.data;

import java.nio.file.Path;

/** Reads a user's data file in the format its extension names. */
public final class UserData {

    private UserData() {
    }

    /**
     * Reads {@code file} as JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}) or CSV
     * ({@code .csv}), the extension compared ignoring case.
     *
     * @throws DataFormatException for an unknown extension, a missing or unreadable file, or the
     *                             first problem in its contents
     */
    public static UserDataset read(Path file) {
        FileFormat format = FileFormat.forFile(file).orElseThrow(() -> Place.in(file).error(
                "unknown data file type; the known extensions are " + FileFormat.known()));
        return switch (format) {
            case JSON_LINES -> JsonLinesReader.read(file);
            case CSV -> CsvReader.read(file);
        };
    }
}
