package org.mips.backend.cpu;

import org.mips.spi.encode.Encodings;
import org.mips.spi.task.Split;

/**
 * A split's sequences in the form the kernels copy from: each sequence's encoded inputs then its
 * encoded targets in one contiguous row, so the kernels see only the network's own inputs and outputs
 * ({@link RowCodes}). The tasks' integers are small and one-hot codes are 0s and 1s, so rows are 16-bit
 * integers whenever every value is an integer that fits, else float32: a kernel fetches
 * sequences at random from a split far larger than the cache, and that fetch costs per cache line (a
 * Binary_Addition sequence is 60 bytes as shorts, 120 as floats).
 */
final class SequenceData {

    final int count;
    final int length;
    /** Encoded widths: network inputs and outputs per step. */
    final int inputDim;
    final int outputDim;
    /** Values per row: {@code length * inputDim} inputs, then {@code length * outputDim} targets. */
    private final int stride;
    private final int inputs;
    /** The rows, in exactly one of the two forms. */
    private final short[] small;
    private final float[] wide;

    private SequenceData(int count, int length, int inputDim, int outputDim, short[] small, float[] wide) {
        this.count = count;
        this.length = length;
        this.inputDim = inputDim;
        this.outputDim = outputDim;
        this.inputs = length * inputDim;
        this.stride = length * (inputDim + outputDim);
        this.small = small;
        this.wide = wide;
    }

    /** The split in the paper's scalar setup: every column a raw number. */
    static SequenceData of(Split split) {
        return of(split, Encodings.scalar(split.x().dimension(), split.y().dimension()));
    }

    /**
     * The split encoded once with {@code encodings}: a one-hot input column becomes its 0/1 columns, a
     * categorical target the one-hot vector of its class.
     *
     * @throws IllegalArgumentException if a value is outside its column's code, or the rows would not fit in an array
     */
    static SequenceData of(Split split, Encodings encodings) {
        RowCodes codes = new RowCodes(encodings);
        codes.check(split);
        int count = split.count();
        int length = split.x().length();
        int d = codes.inputDim;
        int k = codes.outputDim;
        long size = (long) count * length * (d + k);
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(count + " sequences of " + length + " steps of " + (d + k)
                    + " encoded values are too many to hold in one array");
        }
        boolean fits = codes.fitsShorts(split);
        RowCodes.Rows rows = new RowCodes.Rows(fits ? new short[(int) size] : null, fits ? null : new float[(int) size]);
        for (int n = 0, at = 0; n < count; n++) {
            at = codes.write(split, n, rows, at);
        }
        return new SequenceData(count, length, d, k, rows.small(), rows.wide());
    }

    /** The first {@code n} sequences. */
    SequenceData head(int n) {
        return new SequenceData(n, length, inputDim, outputDim, small == null ? null : java.util.Arrays.copyOf(small, n * stride),
                wide == null ? null : java.util.Arrays.copyOf(wide, n * stride));
    }

    /** Values per sequence in {@link #copy}'s rows. */
    int stride() {
        return stride;
    }

    /** Where a row's targets start: after its {@code length * inputDim} inputs ({@code [t][i]}); targets are {@code [t][k]}. */
    int targetsAt() {
        return inputs;
    }

    /** The rows as 16-bit integers, or null when they are stored as floats; for kernels that convert them faster. */
    short[] shortRows() {
        return small;
    }

    /** Copies sequence {@code row}'s inputs and targets to {@code into} from {@code at}, as {@link #stride()} floats. */
    void copy(int row, float[] into, int at) {
        int from = row * stride;
        if (small != null) {
            for (int v = 0; v < stride; v++) {
                into[at + v] = small[from + v];
            }
        } else {
            System.arraycopy(wide, from, into, at, stride);
        }
    }

    /**
     * Reads both ends of sequence {@code row}. A kernel touches all the rows of a block this way
     * before copying them: independent loads, whose cache misses the CPU serves together, where the
     * copies would wait for each row in turn.
     */
    float touch(int row) {
        int at = row * stride;
        return small != null ? small[at] + small[at + stride - 1] : wide[at] + wide[at + stride - 1];
    }
}
