package org.mips.tasks.data;

import java.nio.file.Path;
import java.util.Objects;
import org.mips.spi.task.SequenceBatch;

/**
 * The sequences of a user's data file, in file order: inputs {@code x} and target outputs {@code y},
 * aligned by sequence and step.
 *
 * @param file   the file as the user named it (messages show it like this)
 * @param format the format it was read as
 * @param x      the input sequences
 * @param y       the output sequences, as many and as long as {@code x}
 * @param lines   the line of the file each sequence (or each step) came from
 * @param changes what was changed in the data as read, e.g. contradictions resolved; empty for the file as it is
 */
public record UserDataset(Path file, FileFormat format, SequenceBatch x, SequenceBatch y, SourceLines lines, String changes) {

    public UserDataset {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(changes, "changes");
        if (x.count() != y.count() || x.length() != y.length()) {
            throw new IllegalArgumentException("x is " + x + " but y is " + y + "; counts and lengths must match");
        }
    }

    /** Data as read from {@code file}, unchanged, with the line each sequence or step came from. */
    public UserDataset(Path file, FileFormat format, SequenceBatch x, SequenceBatch y, SourceLines lines) {
        this(file, format, x, y, lines, "");
    }

    /** Data whose lines are not known (made in memory): places in it are shown as sequence numbers. */
    public UserDataset(Path file, FileFormat format, SequenceBatch x, SequenceBatch y) {
        this(file, format, x, y, SourceLines.unknown());
    }

    /** Number of sequences. */
    public int count() {
        return x.count();
    }

    /** Steps per sequence (the same for every sequence). */
    public int length() {
        return x.length();
    }

    /** Values per input step. */
    public int inputDimension() {
        return x.dimension();
    }

    /** Values per output step. */
    public int outputDimension() {
        return y.dimension();
    }

    /** The smallest input value. */
    public long xMin() {
        return x.min();
    }

    /** The largest input value. */
    public long xMax() {
        return x.max();
    }

    /** The smallest output value. */
    public long yMin() {
        return y.min();
    }

    /** The largest output value. */
    public long yMax() {
        return y.max();
    }
}
