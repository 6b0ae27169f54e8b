package org.mips.regressors;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.pf4j.Extension;

/**
 * Symbolic regression (reference 6.4) as a search for the smallest expression of the IR that is exact on
 * every row: {@link BottomUpSearch} over a sample of the distinct rows, with the candidates that match the
 * sample checked on all rows. A candidate that misses a row adds that row to the sample and the search
 * restarts (counterexample-guided), so that the sample's equivalences never hide the answer for long;
 * once the sample is full, a miss just rejects the candidate.
 *
 * <p>The reference enumerated RPN templates of up to 6 symbols over 8 unary and 4 binary operators with
 * the constants 3 and 4, checked 25 rows and took C++'s truncating {@code %}; this searches the IR's
 * operators with floor semantics, small and data constants, up to {@link #DEFAULT_MAX_SIZE} nodes.
 */
@Extension
public final class SymbolicRegressor implements Regressor {

    public static final int DEFAULT_MAX_SIZE = 11;
    /** Bank values (expressions times sample rows): 32 MB of longs. */
    public static final int DEFAULT_MAX_BANK_VALUES = 1 << 22;
    static final int INITIAL_SAMPLE = 32;
    static final int MAX_SAMPLE = 64;

    private final int maxSize;
    private final int maxBankValues;

    /** The configured size bound: {@code regressor.symbolic.max-size}. */
    public static final Setting<Integer> MAX_SIZE = Setting.integer("regressor.symbolic.max-size", DEFAULT_MAX_SIZE, 1, 25,
            "the largest expression tried, in nodes; the search grows exponentially with it");

    public SymbolicRegressor() {
        this(DEFAULT_MAX_SIZE, DEFAULT_MAX_BANK_VALUES);
    }

    /** With the configured size bound. */
    @Inject
    public SymbolicRegressor(Settings settings) {
        this(settings.get(MAX_SIZE), DEFAULT_MAX_BANK_VALUES);
    }

    /**
     * @param maxSize       the largest expression tried, in nodes
     * @param maxBankValues memory bound: expressions kept times sample rows
     */
    public SymbolicRegressor(int maxSize, int maxBankValues) {
        if (maxSize < 1 || maxBankValues < 1) {
            throw new IllegalArgumentException("symbolic: maxSize and maxBankValues must be positive, got "
                    + maxSize + " and " + maxBankValues);
        }
        this.maxSize = maxSize;
        this.maxBankValues = maxBankValues;
    }

    /** Enumeration of expressions: dearer than the closed-form fits. */
    @Override
    public int cost() {
        return 30;
    }

    @Override
    public String id() {
        return "symbolic";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(MAX_SIZE);
    }

    @Override
    public String description() {
        return "Smallest expression of up to " + maxSize
                + " nodes over + - * // % abs min max, comparisons, logic and conditionals, by bottom-up enumeration";
    }

    @Override
    public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
        Outcome<DistinctRows> distinct = DistinctRows.of(problem);
        if (distinct instanceof Outcome.None<DistinctRows> none) {
            return Outcome.none(none.reason());
        }
        DistinctRows rows = distinct.toOptional().orElseThrow();
        List<Long> constants = Leaves.constants(problem);
        BottomUpSearch.Limits limits = new BottomUpSearch.Limits(maxSize, maxBankValues, Deadline.at(deadline));
        BottomUpSearch.Judge judge = candidate -> ExactCheck.firstMiss(candidate, problem.variables(), rows.rows(), rows.targets())
                .map(ExactCheck.Miss::row)
                .orElse(-1);
        Set<Integer> sample = initialSample(rows.size());
        while (true) {
            BottomUpSearch.Result result = search(problem.variables(), rows, sample, constants, limits, judge);
            if (result instanceof BottomUpSearch.Found found) {
                Outcome<Expr> tidy = ExactCheck.verified(ConstantsLast.of(found.expr()), problem);
                return tidy instanceof Outcome.Found<Expr> ? tidy : ExactCheck.verified(found.expr(), problem);
            }
            if (result instanceof BottomUpSearch.Exhausted exhausted) {
                return Outcome.none(exhausted.reason());
            }
            int row = ((BottomUpSearch.Counterexample) result).row();
            if (!sample.add(row)) {
                // Cannot happen while the search and the interpreter agree; never loop if they do not.
                return Outcome.none("the search and the interpreter disagree on row " + rows.origins()[row]);
            }
        }
    }

    private static BottomUpSearch.Result search(List<String> names, DistinctRows rows, Set<Integer> sample,
            List<Long> constants, BottomUpSearch.Limits limits, BottomUpSearch.Judge judge) {
        List<Integer> chosen = new ArrayList<>(sample);
        long[][] columns = new long[names.size()][chosen.size()];
        long[] target = new long[chosen.size()];
        for (int i = 0; i < chosen.size(); i++) {
            long[] row = rows.rows()[chosen.get(i)];
            for (int v = 0; v < names.size(); v++) {
                columns[v][i] = row[v];
            }
            target[i] = rows.targets()[chosen.get(i)];
        }
        boolean restartOnMiss = sample.size() < Math.min(MAX_SAMPLE, rows.size());
        return new BottomUpSearch(names, columns, target, constants, limits, restartOnMiss, judge).run();
    }

    /** Up to {@link #INITIAL_SAMPLE} distinct rows spread evenly over all of them. */
    private static Set<Integer> initialSample(int distinct) {
        Set<Integer> sample = new LinkedHashSet<>();
        int size = Math.min(INITIAL_SAMPLE, distinct);
        for (int i = 0; i < size; i++) {
            sample.add((int) ((long) i * distinct / size));
        }
        return sample;
    }
}
