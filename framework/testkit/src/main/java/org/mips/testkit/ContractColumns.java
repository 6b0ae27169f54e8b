package org.mips.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.mips.spi.encode.ColumnValues;

/**
 * Columns every encoding must answer for: ordinary alphabets (bits, digits, a sum modulo 3), degenerate
 * ones (no values, one value), negative and sparse values, the edges of 64 bits, alphabets at and just
 * past 64 symbols, a huge one of 10,000 values, and outputs whose values grow with the sequence length.
 * Each call builds fresh, equal columns.
 */
public final class ContractColumns {

    /**
     * A column's values and the name a test report shows for it.
     *
     * @param values  strictly increasing
     * @param bounded whether the values are known not to grow with the sequence length
     */
    public record Case(String name, List<Long> values, boolean bounded) {

        public Case {
            values = List.copyOf(values);
        }

        /** The column as input {@code index} of a task. */
        public ColumnValues input(int index) {
            return new ColumnValues("input " + index, values, bounded);
        }

        /** The column as output {@code index} of a task. */
        public ColumnValues output(int index) {
            return new ColumnValues("output " + index, values, bounded);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ContractColumns() {
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("bits", List.of(0L, 1L), true));
        cases.add(new Case("a sum modulo 3", List.of(0L, 1L, 2L), true));
        cases.add(new Case("digits", range(0, 9), true));
        cases.add(new Case("no values", List.of(), true));
        cases.add(new Case("one value", List.of(5L), true));
        cases.add(new Case("negative values", List.of(-1000L, -3L, -2L, -1L), true));
        cases.add(new Case("signs", List.of(-1L, 0L, 1L), true));
        cases.add(new Case("sparse values", List.of(0L, 7L, 1_000_000L), true));
        cases.add(new Case("64-bit edges", List.of(Long.MIN_VALUE, -(1L << 53), -1L, 0L, 1L, 1L << 53, Long.MAX_VALUE), true));
        cases.add(new Case("64 values", range(1, 64), true));
        cases.add(new Case("65 values", range(1, 65), true));
        cases.add(new Case("a huge alphabet of 10,000 values", range(0, 9_999), true));
        cases.add(new Case("a count that grows with length", range(0, 20), false));
        cases.add(new Case("two values seen, more on longer sequences", List.of(0L, 1L), false));
        return cases;
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
