package org.mips.regressors;

import java.util.List;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;

/**
 * Writes {@code c0 + Σ ci·vi} the way the reference's programs read (section 6.2): variables in order,
 * the constant last, zero terms left out, coefficients ±1 without a number, negative terms subtracted:
 * {@code 2 * a - b + 3}.
 */
final class LinearFormula {

    private LinearFormula() {
    }

    /** @param coefficients {@code [c0, c1, ..]}: the constant, then one per variable */
    static Expr of(List<String> variables, long[] coefficients) {
        Expr sum = null;
        for (int v = 0; v < variables.size(); v++) {
            long c = coefficients[v + 1];
            if (c != 0) {
                sum = plus(sum, c, Expr.var(variables.get(v)));
            }
        }
        long constant = coefficients[0];
        if (sum == null) {
            return Expr.constant(constant);
        }
        return constant == 0 ? sum : plus(sum, constant, null);
    }

    /** {@code sum + c·term} ({@code term == null}: the constant {@code c}). */
    private static Expr plus(Expr sum, long c, Expr term) {
        if (sum == null) {
            if (term == null) {
                return Expr.constant(c);
            }
            if (c == -1) {
                return Expr.unary(UnaryOp.NEG, term);
            }
            return scaled(c, term);
        }
        if (c < 0 && c != Long.MIN_VALUE) {
            return Expr.binary(BinaryOp.SUB, sum, scaled(-c, term));
        }
        return Expr.binary(BinaryOp.ADD, sum, scaled(c, term));
    }

    private static Expr scaled(long c, Expr term) {
        if (term == null) {
            return Expr.constant(c);
        }
        return c == 1 ? term : Expr.binary(BinaryOp.MUL, Expr.constant(c), term);
    }
}
