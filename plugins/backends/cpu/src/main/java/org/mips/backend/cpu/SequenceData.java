package org.mips.backend.cpu;

import java.util.SplittableRandom;
import org.mips.spi.task.Split;

/**
 * A split's sequences in the form the kernels copy from: each sequence's inputs then its targets in
 * one contiguous row. Inputs are fed as raw numbers (reference section 2.2) and the tasks' integers
 * are small, so rows are 16-bit integers whenever every value fits, else float32: a kernel fetches
 * sequences at random from a split far larger than the cache, and that fetch costs per cache line (a
 * Binary_Addition sequence is 60 bytes as shorts, 120 as floats).
 */
final class SequenceData {

    final int count;
    final int length;
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

    static SequenceData of(Split split) {
        int count = split.count();
        int length = split.x().length();
        int d = split.x().dimension();
        int k = split.y().dimension();
        int size = count * length * (d + k);
        boolean fits = split.x().min() >= Short.MIN_VALUE && split.x().max() <= Short.MAX_VALUE
                && split.y().min() >= Short.MIN_VALUE && split.y().max() <= Short.MAX_VALUE;
        short[] small = fits ? new short[size] : null;
        float[] wide = fits ? null : new float[size];
        int at = 0;
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < length; t++) {
                for (int i = 0; i < d; i++, at++) {
                    store(small, wide, at, split.x().get(n, t, i));
                }
            }
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < k; j++, at++) {
                    store(small, wide, at, split.y().get(n, t, j));
                }
            }
        }
        return new SequenceData(count, length, d, k, small, wide);
    }

    private static void store(short[] small, float[] wide, int at, long value) {
        if (small != null) {
            small[at] = (short) value;
        } else {
            wide[at] = value;
        }
    }

    /** {@code count} sequences of small random integers, for warming up the kernels. */
    static SequenceData random(int count, int length, int inputDim, int outputDim, SplittableRandom random) {
        short[] rows = new short[count * length * (inputDim + outputDim)];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (short) random.nextInt(3);
        }
        return new SequenceData(count, length, inputDim, outputDim, rows, null);
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
