package org.mips.regressors;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.mips.spi.Outcome;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Interpreter;
import org.mips.spi.regress.RegressionProblem;

/**
 * Whether an expression reproduces the target on every row, decided by the SPI's reference
 * {@link Interpreter} ({@link Interpreter#compile}), so that what a regressor accepts is exactly what
 * every emitter will compute. An overflow is charged to the row it happens on.
 */
final class ExactCheck {

    private ExactCheck() {
    }

    /**
     * The expression if it is exact on every row of the problem, else none naming the first row it
     * misses: the last step of every regressor, so that a formula that fails is never returned.
     */
    static Outcome<Expr> verified(Expr expr, RegressionProblem problem) {
        return firstMiss(expr, problem.variables(), problem.rows(), problem.targets())
                .<Outcome<Expr>>map(miss -> Outcome.none(ExprSyntax.format(expr) + " is not exact: " + miss.reason()))
                .orElseGet(() -> Outcome.found(expr));
    }

    /** The first row the expression misses, with why, or empty if it is exact on all of them. */
    static Optional<Miss> firstMiss(Expr expr, List<String> variables, long[][] rows, long[] targets) {
        if (rows.length == 0) {
            return Optional.empty();
        }
        ToLongFunction<long[]> f;
        try {
            f = Interpreter.compile(expr, variables);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Miss(0, "reads a name that is not one of the variables " + variables));
        }
        for (int r = 0; r < rows.length; r++) {
            long value;
            try {
                value = f.applyAsLong(rows[r]);
            } catch (EvaluationException overflow) {
                return Optional.of(new Miss(r, "row " + r + ": " + overflow.getMessage()));
            }
            if (value != targets[r]) {
                return Optional.of(new Miss(r, "row " + r + ": gives " + value + " where the target is " + targets[r]));
            }
        }
        return Optional.empty();
    }

    /** Where and why an expression fails: a row index and a one-line reason. */
    record Miss(int row, String reason) {
    }
}
