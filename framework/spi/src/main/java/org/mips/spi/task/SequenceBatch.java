package org.mips.spi.task;

import java.util.Arrays;
import java.util.List;

/**
 * {@code count} integer sequences of equal {@code length}, each step a vector of {@code dimension}
 * 64-bit values, stored in one primitive array (row-major: sequence, step, component) so that a
 * million sequences cost no boxing. Immutable; {@link #slice} shares the array instead of copying it.
 */
public final class SequenceBatch {

    private final int count;
    private final int length;
    private final int dimension;
    private final long[] values;
    /** Index in {@code values} of the first value of sequence 0. */
    private final int start;

    /**
     * @param values {@code count * length * dimension} values; the array is owned by the batch
     *               afterwards and must not be changed by the caller
     */
    public SequenceBatch(int count, int length, int dimension, long[] values) {
        this(count, length, dimension, values, 0);
        if ((long) count * length * dimension != values.length) {
            throw new IllegalArgumentException("shape " + count + " x " + length + " x " + dimension
                    + " needs " + ((long) count * length * dimension) + " values, got " + values.length);
        }
    }

    private SequenceBatch(int count, int length, int dimension, long[] values, int start) {
        if (count < 0 || length < 0 || dimension < 1) {
            throw new IllegalArgumentException("bad shape " + count + " x " + length + " x " + dimension);
        }
        this.count = count;
        this.length = length;
        this.dimension = dimension;
        this.values = values;
        this.start = start;
    }

    /** A batch built from sequences {@code [n][t][i]} of equal length and dimension. */
    public static SequenceBatch of(List<long[][]> sequences, int length, int dimension) {
        long[] values = new long[sequences.size() * length * dimension];
        int at = 0;
        for (long[][] sequence : sequences) {
            if (sequence.length != length) {
                throw new IllegalArgumentException("sequence of length " + sequence.length + " in a batch of length " + length);
            }
            for (long[] step : sequence) {
                if (step.length != dimension) {
                    throw new IllegalArgumentException("step of dimension " + step.length + " in a batch of dimension " + dimension);
                }
                System.arraycopy(step, 0, values, at, dimension);
                at += dimension;
            }
        }
        return new SequenceBatch(sequences.size(), length, dimension, values);
    }

    /** The sequences of {@code first} followed by those of {@code second}, in a new batch. */
    public static SequenceBatch concat(SequenceBatch first, SequenceBatch second) {
        if (first.length != second.length || first.dimension != second.dimension) {
            throw new IllegalArgumentException("cannot join " + first + " and " + second);
        }
        long[] values = new long[(first.count + second.count) * first.length * first.dimension];
        System.arraycopy(first.values, first.start, values, 0, first.end() - first.start);
        System.arraycopy(second.values, second.start, values, first.end() - first.start, second.end() - second.start);
        return new SequenceBatch(first.count + second.count, first.length, first.dimension, values);
    }

    public int count() {
        return count;
    }

    public int length() {
        return length;
    }

    public int dimension() {
        return dimension;
    }

    /** Component {@code i} of step {@code t} of sequence {@code n}. */
    public long get(int n, int t, int i) {
        return values[start + (n * length + t) * dimension + i];
    }

    /** Sequence {@code n} as {@code [t][i]}. */
    public long[][] sequence(int n) {
        long[][] steps = new long[length][dimension];
        for (int t = 0; t < length; t++) {
            System.arraycopy(values, start + (n * length + t) * dimension, steps[t], 0, dimension);
        }
        return steps;
    }

    /** Sequences {@code from} (inclusive) to {@code to} (exclusive), sharing this batch's storage. */
    public SequenceBatch slice(int from, int to) {
        if (from < 0 || to > count || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + count + " sequences");
        }
        return new SequenceBatch(to - from, length, dimension, values, start + from * length * dimension);
    }

    /** Sequences {@code indices[0]}, {@code indices[1]}, ... copied into a new batch. */
    public SequenceBatch select(int[] indices) {
        int stride = length * dimension;
        long[] selected = new long[indices.length * stride];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(values, start + indices[k] * stride, selected, k * stride, stride);
        }
        return new SequenceBatch(indices.length, length, dimension, selected);
    }

    /** The smallest value, or 0 for an empty batch. */
    public long min() {
        return Arrays.stream(values, start, end()).min().orElse(0);
    }

    /** The largest value, or 0 for an empty batch. */
    public long max() {
        return Arrays.stream(values, start, end()).max().orElse(0);
    }

    private int end() {
        return start + count * length * dimension;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SequenceBatch b && b.count == count && b.length == length && b.dimension == dimension
                && Arrays.equals(b.values, b.start, b.end(), values, start, end());
    }

    @Override
    public int hashCode() {
        int hash = 31 * (31 * count + length) + dimension;
        for (int k = start; k < end(); k++) {
            hash = 31 * hash + Long.hashCode(values[k]);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "SequenceBatch[" + count + " x " + length + " x " + dimension + "]";
    }
}
