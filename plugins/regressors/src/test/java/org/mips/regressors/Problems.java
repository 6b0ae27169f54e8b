package org.mips.regressors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.mips.testkit.ContractProblems;
import org.mips.testkit.FormulaCheck;

/** Rows generated from known formulas, and fits that fail the test unless they are exact. */
final class Problems {

    static final Duration BUDGET = Duration.ofSeconds(10);

    private Problems() {
    }

    static RegressionProblem rows(List<String> variables, int rows, long min, long max, ToLongFunction<long[]> f, long seed) {
        return ContractProblems.generated("test", variables, rows, min, max, f, new SplittableRandom(seed)).problem();
    }

    /** Every row of the given bit variables, in counting order. */
    static RegressionProblem truthTable(List<String> variables, ToLongFunction<long[]> f) {
        int n = variables.size();
        long[][] rows = new long[1 << n][n];
        long[] targets = new long[1 << n];
        for (int m = 0; m < 1 << n; m++) {
            for (int j = 0; j < n; j++) {
                rows[m][j] = (m >> (n - 1 - j)) & 1;
            }
            targets[m] = f.applyAsLong(rows[m]);
        }
        return new RegressionProblem("y", variables, rows, targets);
    }

    static Outcome<Expr> fit(Regressor regressor, RegressionProblem problem) {
        return regressor.fit(problem, Instant.now().plus(BUDGET));
    }

    /** The formula found, in text form, after checking it with the interpreter on every row. */
    static String found(Regressor regressor, RegressionProblem problem) {
        Outcome<Expr> outcome = fit(regressor, problem);
        if (!(outcome instanceof Outcome.Found<Expr> found)) {
            throw new AssertionError(regressor.id() + " found nothing: " + outcome);
        }
        FormulaCheck.firstFailure(found.value(), problem).ifPresent(failure -> {
            throw new AssertionError(failure);
        });
        return ExprSyntax.format(found.value());
    }

    static long bit(boolean value) {
        return value ? 1 : 0;
    }
}
