package org.mips.emitters.python;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.toolkit.source.PrintedExpression;
import org.mips.toolkit.source.ProgramAnalysis;

/**
 * Prints IR expressions as Python with as few parentheses as Python's precedence allows, plus a few
 * that only help the reader (mixed bitwise operators, {@code and} inside {@code or}, nested
 * conditionals).
 *
 * <p>Python's {@code bool} is a subtype of {@code int}, so a comparison can be used in arithmetic as
 * it is; the printer only tracks which printed expressions may evaluate to a {@code bool}, so that the
 * writer can wrap them in {@code int(...)} where a value is stored or returned.
 */
final class PythonExpressions {

    // Python's precedence levels, loosest first.
    static final int CONDITIONAL = 1;
    static final int OR = 2;
    static final int AND = 3;
    static final int NOT = 4;
    static final int COMPARISON = 5;
    static final int BIT_OR = 6;
    static final int BIT_XOR = 7;
    static final int BIT_AND = 8;
    static final int SUM = 9;
    static final int PRODUCT = 10;
    static final int UNARY = 11;
    static final int ATOM = 12;

    /**
     * A printed expression with what Python needs to know about its value.
     *
     * @param bool whether it may evaluate to a Python {@code bool}
     */
    record Printed(List<String> pieces, int precedence, boolean bool) implements PrintedExpression {
        Printed(String text, int precedence, boolean bool) {
            this(List.of(text), precedence, bool);
        }
    }

    private final Function<String, String> variables;
    private final Set<String> bits;
    private final PythonTables tables;
    private final Map<BinaryOp, String> helpers;

    /**
     * @param variables Python text for each variable the expressions read
     * @param bits      variables that only hold 0 or 1
     * @param tables    module-level constants of the lookups
     * @param helpers   names of the total {@code floor_div} and {@code floor_mod} helpers
     */
    PythonExpressions(Function<String, String> variables, Set<String> bits, PythonTables tables,
            Map<BinaryOp, String> helpers) {
        this.variables = variables;
        this.bits = bits;
        this.tables = tables;
        this.helpers = helpers;
    }

    Printed print(Expr expr) {
        return expr.accept(new Printer());
    }

    private final class Printer implements Expr.Visitor<Printed> {

        @Override
        public Printed visitConst(Expr.Const c) {
            return new Printed(Long.toString(c.value()), c.value() < 0 ? UNARY : ATOM, false);
        }

        @Override
        public Printed visitVar(Expr.Var v) {
            return new Printed(variables.apply(v.name()), ATOM, false);
        }

        @Override
        public Printed visitUnary(Expr.Unary u) {
            return switch (u.op()) {
                case NEG -> new Printed(PrintedExpression.negation(print(u.operand()).at(UNARY)), UNARY, false);
                case ABS -> new Printed("abs(" + print(u.operand()).text() + ")", ATOM, false);
                case NOT -> not(u.operand());
            };
        }

        /** {@code a >= b} for {@code not (a < b)}; {@code x == 0} for an integer; else {@code not p}. */
        private Printed not(Expr operand) {
            if (operand instanceof Expr.Binary b && b.op().category() == BinaryOp.Category.COMPARISON) {
                return print(new Expr.Binary(b.op().negated(), b.left(), b.right()));
            }
            Printed printed = print(operand);
            if (printed.bool()) {
                return new Printed("not " + printed.at(NOT), NOT, true);
            }
            return new Printed(printed.at(COMPARISON + 1) + " == 0", COMPARISON, true);
        }

        @Override
        public Printed visitBinary(Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> arithmetic(b, "+", SUM);
                case SUB -> arithmetic(b, "-", SUM);
                case MUL -> arithmetic(b, "*", PRODUCT);
                case FLOOR_DIV, FLOOR_MOD -> division(b);
                case MIN, MAX -> {
                    Printed left = print(b.left());
                    Printed right = print(b.right());
                    String name = b.op() == BinaryOp.MIN ? "min" : "max";
                    yield new Printed(name + "(" + left.text() + ", " + right.text() + ")", ATOM,
                            left.bool() || right.bool());
                }
                case EQ -> comparison(b, "==");
                case NE -> comparison(b, "!=");
                case LT -> comparison(b, "<");
                case LE -> comparison(b, "<=");
                case GT -> comparison(b, ">");
                case GE -> comparison(b, ">=");
                case AND, OR, XOR -> logical(b);
            };
        }

        private Printed arithmetic(Expr.Binary b, String symbol, int level) {
            boolean associative = b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL;
            Printed left = print(b.left());
            Printed right = print(b.right());
            return chain(left, level, symbol, right, associative && sameOp(b, b.right()) ? level : level + 1, level, false);
        }

        private Printed division(Expr.Binary b) {
            Printed left = print(b.left());
            Printed right = print(b.right());
            // Python raises on division by zero, which the IR defines.
            if (ProgramAnalysis.mayDivideByZero(b)) {
                // floor_mod(a, 0) returns a itself, which may be a bool.
                boolean bool = b.op() == BinaryOp.FLOOR_MOD && left.bool();
                return new Printed(helpers.get(b.op()) + "(" + left.text() + ", " + right.text() + ")", ATOM, bool);
            }
            String symbol = b.op() == BinaryOp.FLOOR_DIV ? "//" : "%";
            return chain(left, PRODUCT, symbol, right, PRODUCT + 1, PRODUCT, false);
        }

        private Printed comparison(Expr.Binary b, String symbol) {
            // Both sides tighter than a comparison: Python would chain `a < b < c`.
            return chain(print(b.left()), COMPARISON + 1, symbol, print(b.right()), COMPARISON + 1, COMPARISON, true);
        }

        /**
         * 0/1 operands combine with {@code and}/{@code or} when both are bools and with {@code &},
         * {@code |}, {@code ^} otherwise; any other integer is first made a bool with {@code != 0}.
         */
        private Printed logical(Expr.Binary b) {
            Printed left = truth(b.left());
            Printed right = truth(b.right());
            boolean bools = left.bool() && right.bool();
            if (bools && b.op() != BinaryOp.XOR) {
                // `and` inside `or` gets parentheses it does not need: easier to read.
                int level = b.op() == BinaryOp.AND ? AND : OR;
                int operand = b.op() == BinaryOp.AND ? AND : NOT;
                String symbol = b.op() == BinaryOp.AND ? "and" : "or";
                return chain(left, sameOp(b, b.left()) ? level : operand, symbol, right,
                        sameOp(b, b.right()) ? level : operand, level, true);
            }
            String symbol = switch (b.op()) {
                case AND -> "&";
                case OR -> "|";
                default -> "^";
            };
            int level = switch (b.op()) {
                case AND -> BIT_AND;
                case OR -> BIT_OR;
                default -> BIT_XOR;
            };
            // Mixed bitwise operators get parentheses Python does not need, for the same reason.
            return chain(left, sameOp(b, b.left()) ? level : SUM, symbol, right,
                    sameOp(b, b.right()) ? level : SUM, level, bools);
        }

        /** The operand if it is 0 or 1 (as an int or a bool), else {@code operand != 0}. */
        private Printed truth(Expr operand) {
            Printed printed = print(operand);
            // Not printed.bool(): that says the value may be a bool, not that it is always 0 or 1.
            if (ProgramAnalysis.isBit(operand, bits)) {
                return printed;
            }
            return new Printed(printed.at(COMPARISON + 1) + " != 0", COMPARISON, true);
        }

        @Override
        public Printed visitIf(Expr.If i) {
            // Nested conditionals are parenthesised everywhere: `a if p else b if q else c` misleads.
            Printed then = print(i.then());
            Printed otherwise = print(i.otherwise());
            List<String> pieces = List.of(then.at(OR), "if " + print(i.condition()).at(OR), "else " + otherwise.at(OR));
            return new Printed(pieces, CONDITIONAL, then.bool() || otherwise.bool());
        }

        @Override
        public Printed visitLookup(Expr.Lookup l) {
            // A bool key finds the entry for 1 or 0: True == 1 and hash(True) == hash(1).
            String key = l.keys().stream().map(k -> print(k).text()).collect(Collectors.joining(", "));
            if (l.keys().size() > 1) {
                key = "(" + key + ")";
            }
            return new Printed(tables.name(l) + ".get(" + key + ", " + l.otherwise() + ")", ATOM, false);
        }
    }

    /** {@code left symbol right} as {@link PrintedExpression#chain} splices it. */
    private static Printed chain(Printed left, int leftMin, String symbol, Printed right, int rightMin, int level,
            boolean bool) {
        return new Printed(PrintedExpression.chain(left, leftMin, symbol, right, rightMin, level), level, bool);
    }

    private static boolean sameOp(Expr.Binary parent, Expr child) {
        return child instanceof Expr.Binary b && b.op() == parent.op();
    }
}
