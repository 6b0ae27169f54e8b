package org.mips.core.regress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.mips.core.pipeline.TimeLimited;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;

/**
 * Fits one target (a state variable's update, an output, an abstraction function's coordinate) with the
 * regressors in order: the first expression that is exact on every row wins, unless the later regressors,
 * each given a short time, find a better one (fewer lookup entries, then fewer nodes). A regressor that throws,
 * overruns its time or returns an inexact formula only loses its turn, and the attempts say why.
 */
public final class FormulaFitter {

    private final List<Regressor> regressors;
    private final Duration timeLimit;
    private final Duration improveLimit;

    /**
     * @param regressors tried in this order for every target
     * @param timeLimit  how long one regressor may take on one target
     */
    public FormulaFitter(List<Regressor> regressors, Duration timeLimit) {
        this(regressors, timeLimit, Duration.ZERO);
    }

    /**
     * @param improveLimit once a formula fits, how long each later regressor may look for a better one
     *                     (fewer lookup entries, then fewer nodes); zero keeps the first fit
     */
    public FormulaFitter(List<Regressor> regressors, Duration timeLimit, Duration improveLimit) {
        this.regressors = List.copyOf(regressors);
        this.timeLimit = timeLimit;
        this.improveLimit = improveLimit;
    }

    /** The fitted formula (with every attempt) and its expression, null when no regressor fitted. */
    public record Fit(Formula formula, Expr expr) {
    }

    /** Fits {@code observed} (a row of column values to the target's value) over {@code columns}. */
    public Fit fit(String target, List<String> columns, Map<List<Long>, Long> observed) {
        return fit(target, columns, observed, Instant.MAX);
    }

    /**
     * As {@link #fit(String, List, Map)}, but no regressor starts after {@code until} and none runs past it:
     * the whole of a program that competes with others has a time of its own.
     */
    public Fit fit(String target, List<String> columns, Map<List<Long>, Long> observed, Instant until) {
        long[][] rows = new long[observed.size()][];
        long[] targets = new long[observed.size()];
        int r = 0;
        for (Map.Entry<List<Long>, Long> entry : observed.entrySet()) {
            rows[r] = entry.getKey().stream().mapToLong(Long::longValue).toArray();
            targets[r++] = entry.getValue();
        }
        RegressionProblem problem = new RegressionProblem(target, columns, rows, targets);
        List<String> attempts = new ArrayList<>();
        Expr best = null;
        Regressor winner = null;
        for (Regressor regressor : regressors) {
            if (best != null && (improveLimit.isZero() || Exactness.size(best) <= 1)) {
                break;
            }
            Duration limit = best == null ? timeLimit : improveLimit;
            Instant now = Instant.now();
            if (!now.isBefore(until)) {
                attempts.add(regressor.id() + ": not tried: the program's time had run out");
                continue;
            }
            if (until.isBefore(now.plus(limit))) {
                limit = Duration.between(now, until);
            }
            Instant deadline = now.plus(limit);
            try {
                Outcome<Expr> outcome = TimeLimited.call("mips-regressor-" + regressor.id(), () -> regressor.fit(problem, deadline),
                        limit.plusSeconds(1));
                if (outcome instanceof Outcome.Found<Expr> found) {
                    Expr expr = found.value();
                    String wrong = Exactness.firstMiss(expr, problem);
                    if (wrong != null) {
                        attempts.add(regressor.id() + ": returned a formula that misses " + wrong);
                    } else if (best == null) {
                        attempts.add(regressor.id() + ": fitted");
                        best = expr;
                        winner = regressor;
                    } else if (Exactness.better(expr, best)) {
                        attempts.add(regressor.id() + ": fitted a smaller formula (" + Exactness.size(expr) + " nodes)");
                        best = expr;
                        winner = regressor;
                    } else {
                        attempts.add(regressor.id() + ": fitted, not smaller (" + Exactness.size(expr) + " nodes)");
                    }
                } else {
                    attempts.add(regressor.id() + ": " + ((Outcome.None<Expr>) outcome).reason());
                }
            } catch (TimeoutException | ExecutionException e) {
                attempts.add(regressor.id() + ": " + TimeLimited.describe(e, limit));
            }
        }
        if (best == null) {
            return new Fit(new Formula(target, "", "", 0, rows.length, attempts), null);
        }
        return new Fit(new Formula(target, winner.id(), ExprSyntax.format(best), Exactness.size(best), rows.length, attempts), best);
    }
}
