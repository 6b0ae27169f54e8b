package org.mips.tasks.data;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 text file with their numbers; every I/O problem becomes a
 * {@link DataFormatException} naming the file (and the line, for text that is not UTF-8, or that
 * holds U+FFFD, which no valid data file needs).
 */
final class LineSource implements Closeable {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    private final Path file;
    private final BufferedReader reader;
    private long lineNumber;

    private LineSource(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    static LineSource open(Path file) {
        Place place = Place.in(file);
        if (Files.isDirectory(file)) {
            throw place.error("is a directory, not a data file");
        }
        try {
            // Bad bytes become U+FFFD, found per line: a decoder that reports them fails while filling its
            // buffer, lines ahead of the line being read, so the line number would be lost.
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new LineSource(file, new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16));
        } catch (NoSuchFileException e) {
            throw place.error("no such file", e);
        } catch (AccessDeniedException e) {
            throw place.error("cannot read: permission denied", e);
        } catch (IOException e) {
            throw place.error("cannot read: " + e.getMessage(), e);
        }
    }

    /** The next line without its terminator, or {@code null} at the end of the file. */
    String next() {
        String line;
        try {
            line = reader.readLine();
        } catch (IOException e) {
            throw Place.in(file).line(lineNumber + 1).error("cannot read: " + e.getMessage(), e);
        }
        if (line == null) {
            return null;
        }
        lineNumber++;
        if (line.indexOf(REPLACEMENT) >= 0) {
            throw place().error("not UTF-8 text");
        }
        // Spreadsheet programs often start UTF-8 files with a byte order mark.
        return lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    /** The number of the line {@link #next()} returned last, counted from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The current line as the place of a problem. */
    Place place() {
        return Place.in(file).line(lineNumber);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Only read from: nothing was lost, and the data is already in memory.
        }
    }
}
