package org.mips.regressors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.spi.regress.RegressionProblem;

/**
 * The constants the symbolic search starts from. The reference's grammar had exactly 3 and 4 (section
 * 6.4); here the small integers most formulas need, then values from the data: the extremes of the
 * target and of each variable (an offset like {@code 99 - a} shows as the target's maximum), then the
 * most frequent target values and variable values.
 */
final class Leaves {

    static final List<Long> SMALL = List.of(0L, 1L, 2L, 3L, 4L, 5L, -1L);
    /** Data constants at most, so that a column of many distinct values does not flood the bank. */
    static final int MAX_DATA_CONSTANTS = 8;

    private Leaves() {
    }

    static List<Long> constants(RegressionProblem problem) {
        List<Map<Long, Integer>> sources = new ArrayList<>();
        sources.add(counts(problem.targets()));
        for (int c = 0; c < problem.variables().size(); c++) {
            long[] column = new long[problem.rows().length];
            for (int r = 0; r < column.length; r++) {
                column[r] = problem.rows()[r][c];
            }
            sources.add(counts(column));
        }
        List<Long> candidates = new ArrayList<>();
        // One past the target's largest value: the modulus of a target that is a residue, (a·s + b·x) mod m.
        sources.get(0).keySet().stream().max(Comparator.naturalOrder()).ifPresent(max -> candidates.add(max + 1));
        for (Map<Long, Integer> counts : sources) {
            counts.keySet().stream().min(Comparator.naturalOrder()).ifPresent(candidates::add);
            counts.keySet().stream().max(Comparator.naturalOrder()).ifPresent(candidates::add);
        }
        for (Map<Long, Integer> counts : sources) {
            candidates.addAll(byFrequency(counts));
        }
        Set<Long> constants = new LinkedHashSet<>(SMALL);
        for (long value : candidates) {
            if (constants.size() >= SMALL.size() + MAX_DATA_CONSTANTS) {
                break;
            }
            constants.add(value);
        }
        return new ArrayList<>(constants);
    }

    private static Map<Long, Integer> counts(long[] values) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }

    /** Most frequent first; among equally frequent ones the smaller magnitude, then the smaller value. */
    private static List<Long> byFrequency(Map<Long, Integer> counts) {
        return counts.keySet().stream()
                .sorted(Comparator.<Long>comparingInt(v -> -counts.get(v))
                        .thenComparing(v -> v == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(v))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
