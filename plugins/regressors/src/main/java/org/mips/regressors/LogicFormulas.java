package org.mips.regressors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.logicng.formulas.BinaryOperator;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.formulas.Literal;
import org.logicng.formulas.Not;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;

/**
 * Between LogicNG formulas and the IR. LogicNG's variables are named {@code v<j>} for the table's
 * variable {@code j}, so any variable name of a problem survives the trip. In the IR {@code and},
 * {@code or}, {@code not} and {@code ^} are logical and yield 0 or 1, exactly LogicNG's semantics on
 * 0/1 values.
 */
final class LogicFormulas {

    private LogicFormulas() {
    }

    /** The sum of products of {@code cubes}. */
    static Formula sumOfProducts(FormulaFactory f, List<Cube> cubes, int variables) {
        List<Formula> terms = new ArrayList<>();
        for (Cube cube : cubes) {
            List<Formula> literals = new ArrayList<>();
            for (int j = 0; j < variables; j++) {
                if ((cube.mask() & (1 << j)) != 0) {
                    literals.add(f.literal("v" + j, (cube.bits() & (1 << j)) != 0));
                }
            }
            terms.add(f.and(literals));
        }
        return f.or(terms);
    }

    /** The formula in the IR, or empty for a form with no IR counterpart (pseudo-Boolean constraints). */
    static Optional<Expr> toExpr(Formula formula, List<String> names) {
        return switch (formula.type()) {
            case TRUE -> Optional.of(Expr.constant(1));
            case FALSE -> Optional.of(Expr.constant(0));
            case LITERAL -> {
                Literal literal = (Literal) formula;
                Expr variable = Expr.var(names.get(Integer.parseInt(literal.name().substring(1))));
                yield Optional.of(literal.phase() ? variable : Expr.unary(UnaryOp.NOT, variable));
            }
            case NOT -> toExpr(((Not) formula).operand(), names).map(e -> Expr.unary(UnaryOp.NOT, e));
            case IMPL -> binary(BinaryOp.OR, ((BinaryOperator) formula).left().negate(), ((BinaryOperator) formula).right(), names);
            case EQUIV -> binary(BinaryOp.EQ, ((BinaryOperator) formula).left(), ((BinaryOperator) formula).right(), names);
            case AND -> fold(BinaryOp.AND, formula, names);
            case OR -> fold(BinaryOp.OR, formula, names);
            case PBC -> Optional.empty();
        };
    }

    private static Optional<Expr> binary(BinaryOp op, Formula left, Formula right, List<String> names) {
        Optional<Expr> l = toExpr(left, names);
        Optional<Expr> r = toExpr(right, names);
        return l.isPresent() && r.isPresent() ? Optional.of(Expr.binary(op, l.get(), r.get())) : Optional.empty();
    }

    /** {@code ((x1 op x2) op x3) ...}, left-associative as the text form prints without parentheses. */
    private static Optional<Expr> fold(BinaryOp op, Formula formula, List<String> names) {
        Expr result = null;
        for (Formula operand : formula) {
            Optional<Expr> next = toExpr(operand, names);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            result = result == null ? next.get() : Expr.binary(op, result, next.get());
        }
        return Optional.ofNullable(result);
    }
}
