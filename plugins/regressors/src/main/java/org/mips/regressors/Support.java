package org.mips.regressors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a consistent table needs: starting from all of them, each variable in turn is dropped
 * if the target stays a function of the rest (reference 6.3, step 1, the flip test, generalised to
 * tables with unobserved rows). On a complete table this is exactly the set the target depends on; on
 * a partial one it is a minimal (not necessarily minimum) set that explains the observed rows.
 */
final class Support {

    private Support() {
    }

    /** Indices of the needed columns, ascending. */
    static int[] of(DistinctRows table) {
        int columns = table.size() == 0 ? 0 : table.rows()[0].length;
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            kept.add(c);
        }
        for (int c = 0; c < columns; c++) {
            List<Integer> without = new ArrayList<>(kept);
            without.remove(Integer.valueOf(c));
            if (isFunctionOf(table, without)) {
                kept = without;
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The values of {@code columns} in {@code row}. */
    static long[] project(long[] row, int[] columns) {
        long[] projected = new long[columns.length];
        for (int i = 0; i < columns.length; i++) {
            projected[i] = row[columns[i]];
        }
        return projected;
    }

    private static boolean isFunctionOf(DistinctRows table, List<Integer> columns) {
        int[] kept = columns.stream().mapToInt(Integer::intValue).toArray();
        Map<DistinctRows.RowKey, Long> seen = new HashMap<>();
        for (int r = 0; r < table.size(); r++) {
            Long previous = seen.putIfAbsent(new DistinctRows.RowKey(project(table.rows()[r], kept)), table.targets()[r]);
            if (previous != null && previous != table.targets()[r]) {
                return false;
            }
        }
        return true;
    }
}
