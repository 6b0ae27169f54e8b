package org.mips.tasks.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mips.spi.task.SequenceBatch;

/**
 * Reads CSV user data: a header row naming the columns ({@code sequence,step,x,y}, or
 * {@code sequence,step,x0,x1,y0,y1} for several values per step, in any order), then one row per
 * time step. The rows of a sequence are consecutive, with steps 0, 1, 2, ... in order. Cells are
 * separated by commas and may be surrounded by spaces; there is no quoting, since every value is an
 * integer. Blank lines are skipped.
 */
public final class CsvReader {

    private final LineSource lines;
    private final LongBuffer x;
    private final LongBuffer y;
    private final LongBuffer lineNumbers;
    private final Set<String> finished = new HashSet<>();
    private CsvHeader header;
    private String line;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int cells;
    private String sequence;
    private long sequenceLine;
    private int steps;
    private int length = -1;
    private int count;

    private CsvReader(LineSource lines) {
        this.lines = lines;
        this.x = LongBuffer.forValuesOf("x", lines::place);
        this.y = LongBuffer.forValuesOf("y", lines::place);
        this.lineNumbers = LongBuffer.forValuesOf("row", lines::place);
    }

    /** @throws DataFormatException naming the file, and the line and column of the first problem */
    public static UserDataset read(Path file) {
        try (LineSource lines = LineSource.open(file)) {
            return new CsvReader(lines).readAll();
        }
    }

    private UserDataset readAll() {
        boolean blankLines = false;
        while ((line = lines.next()) != null && line.isBlank()) {
            blankLines = true;
        }
        if (line == null) {
            throw Place.in(lines.file()).error("no header and no data; the file " + (blankLines ? "has only blank lines" : "is empty"));
        }
        readHeader();
        while ((line = lines.next()) != null) {
            if (!line.isBlank()) {
                readRow();
            }
        }
        if (sequence == null) {
            throw Place.in(lines.file()).error("no data rows after the header");
        }
        finishSequence();
        return new UserDataset(lines.file(), FileFormat.CSV,
                new SequenceBatch(count, length, header.x().length, x.toArray()),
                new SequenceBatch(count, length, header.y().length, y.toArray()),
                new SourceLines(lineNumbers.toArray(), length));
    }

    private void readHeader() {
        split();
        if (IntegerText.isPlain(line, starts[0], ends[0])) {
            throw lines.place().error("missing header row; the first line must name the columns, e.g. sequence,step,x,y (got \""
                    + IntegerText.shown(line.strip()) + "\")");
        }
        List<String> names = new ArrayList<>(cells);
        for (int i = 0; i < cells; i++) {
            names.add(line.substring(starts[i], ends[i]));
        }
        header = CsvHeader.parse(names, lines.place());
    }

    private void readRow() {
        split();
        if (cells != header.size()) {
            throw lines.place().error(cells + (cells == 1 ? " cell" : " cells") + ", but the header has " + header.size());
        }
        String id = line.substring(starts[header.sequence()], ends[header.sequence()]);
        if (id.isEmpty()) {
            throw lines.place().column(CsvHeader.SEQUENCE).error("empty sequence id");
        }
        if (!id.equals(sequence)) {
            startSequence(id);
        }
        long step = integer(header.step());
        if (step != steps) {
            throw lines.place().column(header.name(header.step())).error("expected step " + steps + " of sequence \""
                    + IntegerText.shown(id) + "\", got " + step + "; the rows of a sequence must have steps 0, 1, 2, ... in order");
        }
        for (int cell : header.x()) {
            x.add(integer(cell));
        }
        for (int cell : header.y()) {
            y.add(integer(cell));
        }
        lineNumbers.add(lines.lineNumber());
        steps++;
    }

    private void startSequence(String id) {
        if (sequence != null) {
            finishSequence();
        }
        if (!finished.add(id)) {
            throw lines.place().column(CsvHeader.SEQUENCE).error("sequence \"" + IntegerText.shown(id)
                    + "\" appears again after other sequences; the rows of a sequence must be consecutive");
        }
        sequence = id;
        sequenceLine = lines.lineNumber();
        steps = 0;
    }

    private void finishSequence() {
        if (length < 0) {
            length = steps;
        } else if (steps != length) {
            throw Place.in(lines.file()).line(sequenceLine).error("sequence \"" + IntegerText.shown(sequence) + "\" has " + steps
                    + (steps == 1 ? " step" : " steps") + ", but the sequences before it have " + length
                    + "; all sequences must have the same length because a dataset is a fixed-length batch");
        }
        count++;
    }

    private long integer(int cell) {
        int start = starts[cell];
        int end = ends[cell];
        if (IntegerText.isPlain(line, start, end)) {
            return Long.parseLong(line, start, end, 10);
        }
        return IntegerText.parse(line.substring(start, end), lines.place().column(header.name(cell)));
    }

    /** Finds the cells of {@link #line}: bounds without surrounding white space. */
    private void split() {
        cells = 0;
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            if (cells == starts.length) {
                starts = Arrays.copyOf(starts, 2 * cells);
                ends = Arrays.copyOf(ends, 2 * cells);
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            starts[cells] = from;
            ends[cells] = to;
            cells++;
            if (comma < 0) {
                return;
            }
            start = comma + 1;
        }
    }
}
