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
        Pending pending = start(target, columns, observed);
        pending.first(until);
        pending.improve(until);
        return pending.fit();
    }

    /** A target's fit, to be made in two steps ({@link Pending#first}, then {@link Pending#improve}). */
    public Pending start(String target, List<String> columns, Map<List<Long>, Long> observed) {
        long[][] rows = new long[observed.size()][];
        long[] targets = new long[observed.size()];
        int r = 0;
        for (Map.Entry<List<Long>, Long> entry : observed.entrySet()) {
            rows[r] = entry.getKey().stream().mapToLong(Long::longValue).toArray();
            targets[r++] = entry.getValue();
        }
        return new Pending(new RegressionProblem(target, columns, rows, targets));
    }

    /**
     * One target's fit in two steps, so that a program's every target gets its first formula before any
     * is improved: an improvement that takes the program's time must not leave a later target without one.
     */
    public final class Pending {

        private final RegressionProblem problem;
        private final List<String> attempts = new ArrayList<>();
        private Expr best;
        private Regressor winner;
        private int next;

        private Pending(RegressionProblem problem) {
            this.problem = problem;
        }

        /** The regressors in order until one fits. */
        public void first(Instant until) {
            while (best == null && next < regressors.size()) {
                attempt(regressors.get(next++), timeLimit, until);
            }
        }

        /** The regressors after the first fit, each with the improvement's time, for a better formula. */
        public void improve(Instant until) {
            while (best != null && !improveLimit.isZero() && Exactness.size(best) > 1 && next < regressors.size()) {
                attempt(regressors.get(next++), improveLimit, until);
            }
        }

        public Fit fit() {
            if (best == null) {
                return new Fit(new Formula(problem.target(), "", "", 0, problem.rows().length, attempts), null);
            }
            return new Fit(new Formula(problem.target(), winner.id(), ExprSyntax.format(best), Exactness.size(best), problem.rows().length,
                    attempts), best);
        }

        private void attempt(Regressor regressor, Duration limit, Instant until) {
            Instant now = Instant.now();
            if (!now.isBefore(until)) {
                attempts.add(regressor.id() + ": not tried: the program's time had run out");
                return;
            }
            Duration allowed = until.isBefore(now.plus(limit)) ? Duration.between(now, until) : limit;
            Instant deadline = now.plus(allowed);
            try {
                Outcome<Expr> outcome = TimeLimited.call("mips-regressor-" + regressor.id(), () -> regressor.fit(problem, deadline),
                        allowed.plusSeconds(1));
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
                attempts.add(regressor.id() + ": " + TimeLimited.describe(e, allowed));
            }
        }
    }
}
