package org.mips.regressors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mips.spi.Outcome;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.regress.RegressionProblem;

/**
 * Whether an expression reproduces the target on every row, decided by the SPI's reference
 * {@link Interpreter}, so that what a regressor accepts is exactly what every emitter will compute.
 *
 * <p>The interpreter runs programs, not bare expressions, so the expression becomes the output of a
 * memoryless program whose inputs are the variables, renamed {@code v0, v1, ...} by position (a
 * problem's names need not be identifiers). Each row is run as its own one-step sequence, so an overflow
 * is charged to the row it happens on.
 */
final class ExactCheck {

    private final Interpreter interpreter;
    private final long[][] rows;
    private final long[] targets;

    private ExactCheck(Interpreter interpreter, long[][] rows, long[] targets) {
        this.interpreter = interpreter;
        this.rows = rows;
        this.targets = targets;
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
        Optional<Expr> renamed = Renaming.byPosition(expr, variables);
        if (renamed.isEmpty()) {
            return Optional.of(new Miss(0, "reads a name that is not one of the variables " + variables));
        }
        return new ExactCheck(Interpreter.of(program(renamed.get(), variables.size(), rows)), rows, targets).scan();
    }

    /** Where and why an expression fails: a row index and a one-line reason. */
    record Miss(int row, String reason) {
    }

    private Optional<Miss> scan() {
        long[][] step = new long[1][];
        for (int r = 0; r < rows.length; r++) {
            step[0] = rows[r].length == 0 ? new long[] {0} : rows[r];
            long value;
            try {
                value = interpreter.run(step)[0][0];
            } catch (EvaluationException overflow) {
                return Optional.of(new Miss(r, "row " + r + ": " + overflow.getMessage()));
            }
            if (value != targets[r]) {
                return Optional.of(new Miss(r, "row " + r + ": gives " + value + " where the target is " + targets[r]));
            }
        }
        return Optional.empty();
    }

    /** {@code out = expr} over inputs {@code v0..}; a program needs one input, so none gets a dummy. */
    private static Program program(Expr expr, int variables, long[][] rows) {
        List<Input> inputs = new ArrayList<>();
        for (int c = 0; c < Math.max(1, variables); c++) {
            long min = 0;
            long max = 0;
            if (c < variables) {
                min = Long.MAX_VALUE;
                max = Long.MIN_VALUE;
                for (long[] row : rows) {
                    min = Math.min(min, row[c]);
                    max = Math.max(max, row[c]);
                }
            }
            inputs.add(new Input("v" + c, min, max));
        }
        return new Program("exact_check", inputs, List.of(), List.of(new Output("out", expr)));
    }

    /** Rewrites variable references to {@code v<position>}. */
    private static final class Renaming implements Expr.Visitor<Expr> {
        private final Map<String, Integer> positions = new HashMap<>();
        private boolean foreign;

        static Optional<Expr> byPosition(Expr expr, List<String> variables) {
            Renaming renaming = new Renaming();
            for (int i = 0; i < variables.size(); i++) {
                renaming.positions.putIfAbsent(variables.get(i), i);
            }
            Expr renamed = expr.accept(renaming);
            return renaming.foreign ? Optional.empty() : Optional.of(renamed);
        }

        @Override
        public Expr visitConst(Expr.Const c) {
            return c;
        }

        @Override
        public Expr visitVar(Expr.Var v) {
            Integer position = positions.get(v.name());
            if (position == null) {
                foreign = true;
                return v;
            }
            return Expr.var("v" + position);
        }

        @Override
        public Expr visitUnary(Expr.Unary u) {
            return Expr.unary(u.op(), u.operand().accept(this));
        }

        @Override
        public Expr visitBinary(Expr.Binary b) {
            return Expr.binary(b.op(), b.left().accept(this), b.right().accept(this));
        }

        @Override
        public Expr visitIf(Expr.If i) {
            return Expr.ifThen(i.condition().accept(this), i.then().accept(this), i.otherwise().accept(this));
        }

        @Override
        public Expr visitLookup(Expr.Lookup l) {
            return new Expr.Lookup(l.keys().stream().map(k -> k.accept(this)).toList(), l.entries(), l.otherwise());
        }
    }
}
