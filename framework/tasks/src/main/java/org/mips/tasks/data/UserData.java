package org.mips.tasks.data;

import java.nio.file.Path;

/** Reads a user's data file in the format its extension names. */
public final class UserData {

    private UserData() {
    }

    /** What to do with rows whose outputs are not a function of their inputs ({@link Contradictions}). */
    public enum OnContradiction {
        /** Refuse the file, naming the first contradiction. */
        REFUSE,
        /** Keep the most common output of each input prefix, and say so in {@link UserDataset#changes()}. */
        MAJORITY
    }

    /** Reads {@code file}, refusing contradictory rows; see {@link #read(Path, OnContradiction)}. */
    public static UserDataset read(Path file) {
        return read(file, OnContradiction.REFUSE);
    }

    /**
     * Reads {@code file} as JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}) or CSV
     * ({@code .csv}), the extension compared ignoring case.
     *
     * @throws DataFormatException for an unknown extension, a missing or unreadable file, the first
     *                             problem in its contents, or (unless {@code contradictions} is
     *                             {@link OnContradiction#MAJORITY}) rows that contradict each other
     */
    public static UserDataset read(Path file, OnContradiction contradictions) {
        FileFormat format = FileFormat.forFile(file).orElseThrow(() -> Place.in(file).error(
                "unknown data file type; the known extensions are " + FileFormat.known()));
        UserDataset data = switch (format) {
            case JSON_LINES -> JsonLinesReader.read(file);
            case CSV -> CsvReader.read(file);
        };
        Contradictions found = Contradictions.in(data);
        if (found.count() == 0) {
            return data;
        }
        if (contradictions == OnContradiction.REFUSE) {
            throw found.error("give --majority to keep the most common output of each");
        }
        return found.majority();
    }
}
