package org.mips.core.regress;

import java.util.Arrays;
import java.util.function.ToLongFunction;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Interpreter;
import org.mips.spi.regress.RegressionProblem;

/** The host's own check of a regressor's formula: it must give the target on every row, in the IR's semantics. */
final class Exactness {

    private Exactness() {
    }

    /** Null when {@code expr} reproduces every row, else the first row it misses, in one line. */
    static String firstMiss(Expr expr, RegressionProblem problem) {
        ToLongFunction<long[]> f;
        try {
            f = Interpreter.compile(expr, problem.variables());
        } catch (IllegalArgumentException e) {
            return "every row: " + e.getMessage();
        }
        for (int r = 0; r < problem.rows().length; r++) {
            try {
                long value = f.applyAsLong(problem.rows()[r]);
                if (value != problem.targets()[r]) {
                    return "row " + Arrays.toString(problem.rows()[r]) + ": " + value + " instead of " + problem.targets()[r];
                }
            } catch (EvaluationException e) {
                return "row " + Arrays.toString(problem.rows()[r]) + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** Nodes in the expression tree, a lookup table counting one per entry. */
    static int size(Expr expr) {
        return count(expr, 1);
    }

    /** Entries of every lookup table in the expression: 0 for a formula without one. */
    static int lookupEntries(Expr expr) {
        return count(expr, 0);
    }

    /** Whether {@code a} is the better formula: fewer lookup entries (a table is the last resort), then fewer nodes. */
    static boolean better(Expr a, Expr b) {
        int entries = Integer.compare(lookupEntries(a), lookupEntries(b));
        return entries != 0 ? entries < 0 : size(a) < size(b);
    }

    /** Lookup entries, plus {@code perNode} for every node (a lookup is one node besides its entries). */
    private static int count(Expr expr, int perNode) {
        return expr.accept(new Expr.Visitor<Integer>() {
            @Override
            public Integer visitConst(Expr.Const c) {
                return perNode;
            }

            @Override
            public Integer visitVar(Expr.Var v) {
                return perNode;
            }

            @Override
            public Integer visitUnary(Expr.Unary u) {
                return perNode + u.operand().accept(this);
            }

            @Override
            public Integer visitBinary(Expr.Binary b) {
                return perNode + b.left().accept(this) + b.right().accept(this);
            }

            @Override
            public Integer visitIf(Expr.If i) {
                return perNode + i.condition().accept(this) + i.then().accept(this) + i.otherwise().accept(this);
            }

            @Override
            public Integer visitLookup(Expr.Lookup l) {
                return perNode + l.entries().size() + l.keys().stream().mapToInt(k -> k.accept(this)).sum();
            }
        });
    }
}
