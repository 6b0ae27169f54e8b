package org.mips.regressors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.mips.spi.Outcome;
import org.mips.spi.regress.RegressionProblem;

/**
 * The rows of a problem with repeats removed, in order of first appearance. A formula is a function of
 * the variables, so two rows with equal values and different targets rule out every formula; {@link #of}
 * reports the first such pair instead.
 *
 * @param rows    the distinct value vectors
 * @param targets the target of each distinct vector
 * @param origins index in the problem of the row each distinct vector first appeared on
 */
record DistinctRows(long[][] rows, long[] targets, int[] origins) {

    /** The distinct rows, or as the reason for none: no rows at all, or the first two rows that contradict each other. */
    static Outcome<DistinctRows> of(RegressionProblem problem) {
        if (problem.rows().length == 0) {
            return Outcome.none("no rows to fit");
        }
        long[][] rows = problem.rows();
        long[] targets = problem.targets();
        Map<RowKey, Integer> firstRow = new HashMap<>();
        List<Integer> origins = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            Integer first = firstRow.putIfAbsent(new RowKey(rows[r]), r);
            if (first == null) {
                origins.add(r);
            } else if (targets[first] != targets[r]) {
                return Outcome.none("rows " + first + " and " + r + " have the same values ("
                        + assignment(problem.variables(), rows[r]) + ") but targets " + targets[first] + " and " + targets[r]);
            }
        }
        int[] kept = origins.stream().mapToInt(Integer::intValue).toArray();
        long[][] distinct = new long[kept.length][];
        long[] distinctTargets = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            distinct[i] = rows[kept[i]];
            distinctTargets[i] = targets[kept[i]];
        }
        return Outcome.found(new DistinctRows(distinct, distinctTargets, kept));
    }

    int size() {
        return rows.length;
    }

    /** {@code a=1, b=0}: the values of a row for a reason text. */
    static String assignment(List<String> names, long[] row) {
        StringJoiner text = new StringJoiner(", ");
        for (int c = 0; c < row.length; c++) {
            text.add(names.get(c) + "=" + row[c]);
        }
        return text.toString();
    }

    /** A row's values as a hash key (arrays compare by identity). */
    static final class RowKey {
        private final long[] values;
        private final int hash;

        RowKey(long[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RowKey key && hash == key.hash && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
