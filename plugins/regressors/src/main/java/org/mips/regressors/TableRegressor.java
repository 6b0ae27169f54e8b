package org.mips.regressors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.pf4j.Extension;

/**
 * The last resort: the target as an explicit {@link Expr.Lookup} over the variables it depends on
 * ({@link Support}). It fits whenever the rows are consistent. The most frequent value becomes the
 * table's default and its entries are left out, so the table is no longer than it must be; a target
 * that depends on no variable is a constant.
 */
@Extension
public final class TableRegressor implements Regressor {

    /** Always fits, so it is tried last. */
    @Override
    public int cost() {
        return 100;
    }

    @Override
    public String id() {
        return "table";
    }

    @Override
    public String description() {
        return "Last resort: the exact lookup table of the target over the variables it depends on";
    }

    @Override
    public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
        Outcome<DistinctRows> distinct = DistinctRows.of(problem);
        if (distinct instanceof Outcome.None<DistinctRows> none) {
            return Outcome.none(none.reason());
        }
        DistinctRows table = distinct.toOptional().orElseThrow();
        int[] support = Support.of(table);
        if (support.length == 0) {
            return ExactCheck.verified(Expr.constant(table.targets()[0]), problem);
        }
        Map<List<Long>, Long> values = new LinkedHashMap<>();
        for (int r = 0; r < table.size(); r++) {
            values.putIfAbsent(key(Support.project(table.rows()[r], support)), table.targets()[r]);
        }
        long otherwise = mostFrequent(values.values());
        List<Expr.Entry> entries = new ArrayList<>();
        values.entrySet().stream()
                .filter(e -> e.getValue() != otherwise)
                .sorted(Map.Entry.comparingByKey(TableRegressor::compareKeys))
                .forEach(e -> entries.add(new Expr.Entry(e.getKey(), e.getValue())));
        List<Expr> keys = Arrays.stream(support).mapToObj(c -> (Expr) Expr.var(problem.variables().get(c))).toList();
        return ExactCheck.verified(new Expr.Lookup(keys, entries, otherwise), problem);
    }

    private static List<Long> key(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** The most frequent value, the smallest among equally frequent ones, so the choice is deterministic. */
    private static long mostFrequent(Iterable<Long> values) {
        Map<Long, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static int compareKeys(List<Long> a, List<Long> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
