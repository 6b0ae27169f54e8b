package org.mips.spi.task;

import java.util.Arrays;

/**
 * {@code count} integer sequences of equal {@code length}, each step a vector of {@code dimension}
 * values, stored in one primitive array (row-major: sequence, step, component) so that a million
 * sequences cost no boxing.
 */
public final class SequenceBatch {

    private final int count;
    private final int length;
    private final int dimension;
    private final int[] values;

    /**
     * @param values {@code count * length * dimension} values; the array is owned by the batch
     *               afterwards and must not be changed by the caller
     */
    public SequenceBatch(int count, int length, int dimension, int[] values) {
        if (count < 0 || length < 0 || dimension < 1) {
            throw new IllegalArgumentException("bad shape " + count + " x " + length + " x " + dimension);
        }
        if ((long) count * length * dimension != values.length) {
            throw new IllegalArgumentException("shape " + count + " x " + length + " x " + dimension
                    + " needs " + ((long) count * length * dimension) + " values, got " + values.length);
        }
        this.count = count;
        this.length = length;
        this.dimension = dimension;
        this.values = values;
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
    public int get(int n, int t, int i) {
        return values[(n * length + t) * dimension + i];
    }

    /** Sequence {@code n} as {@code [t][i]}. */
    public int[][] sequence(int n) {
        int[][] steps = new int[length][dimension];
        for (int t = 0; t < length; t++) {
            System.arraycopy(values, (n * length + t) * dimension, steps[t], 0, dimension);
        }
        return steps;
    }

    /** Sequences {@code from} (inclusive) to {@code to} (exclusive) as a new batch. */
    public SequenceBatch slice(int from, int to) {
        int stride = length * dimension;
        return new SequenceBatch(to - from, length, dimension, Arrays.copyOfRange(values, from * stride, to * stride));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SequenceBatch b && b.count == count && b.length == length
                && b.dimension == dimension && Arrays.equals(b.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + count * 7 + length * 3 + dimension;
    }

    @Override
    public String toString() {
        return "SequenceBatch[" + count + " x " + length + " x " + dimension + "]";
    }
}
