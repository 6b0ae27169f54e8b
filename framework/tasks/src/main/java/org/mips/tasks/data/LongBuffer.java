package org.mips.tasks.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** A growable primitive {@code long} array, so that millions of values are read without boxing. */
final class LongBuffer {

    /** The largest array the JVM reliably allocates. */
    static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private final int limit;
    private final Supplier<? extends RuntimeException> whenFull;
    private long[] values;
    private int size;

    /** @param whenFull the error to throw when a value beyond {@code limit} is added */
    LongBuffer(int limit, Supplier<? extends RuntimeException> whenFull) {
        this.limit = limit;
        this.whenFull = whenFull;
        this.values = new long[Math.min(1024, limit)];
    }

    /** A buffer for the {@code field} values of a file, whose overflow is reported at {@code where} (the current line). */
    static LongBuffer forValuesOf(String field, Supplier<Place> where) {
        return new LongBuffer(MAX_SIZE, () -> where.get().error("too much data: more than " + String.format(Locale.ROOT, "%,d", MAX_SIZE)
                + " " + field + " values, the most one batch can hold; split the file"));
    }

    void add(long value) {
        if (size == values.length) {
            grow();
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The values added so far, in order, in an array of exactly {@link #size()} elements. */
    long[] toArray() {
        return size == values.length ? values.clone() : Arrays.copyOf(values, size);
    }

    private void grow() {
        if (size >= limit) {
            throw whenFull.get();
        }
        values = Arrays.copyOf(values, (int) Math.min(limit, 2L * values.length));
    }
}
