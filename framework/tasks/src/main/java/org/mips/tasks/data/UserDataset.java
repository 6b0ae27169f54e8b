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
 * @param y      the output sequences, as many and as long as {@code x}
 */
public record UserDataset(Path file, FileFormat format, SequenceBatch x, SequenceBatch y) {

    public UserDataset {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.count() != y.count() || x.length() != y.length()) {
            throw new IllegalArgumentException("x is " + x + " but y is " + y + "; counts and lengths must match");
        }
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
