package org.mips.emitters.java;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.toolkit.source.PrintedExpression;
import org.mips.toolkit.source.ProgramAnalysis;

/**
 * Prints IR expressions as Java with as few parentheses as Java's precedence allows, plus a few that
 * only help the reader (comparisons and mixed operators inside {@code &}, {@code ^}, {@code |},
 * {@code &&} inside {@code ||}, nested conditionals).
 *
 * <p>Java separates {@code boolean} from {@code long}, so every printed expression carries its Java
 * type and is converted ({@code p ? 1 : 0}, {@code x != 0}) only where the other type is needed.
 * Expressions without a {@code long} operand are {@code int} in Java and would wrap at 32 bits: the
 * printer tracks a bound on their magnitude and widens one operand to {@code long} when the result
 * could leave the {@code int} range.
 */
final class JavaExpressions {

    // Java's precedence levels, loosest first.
    static final int TERNARY = 1;
    static final int OR = 2;
    static final int AND = 3;
    static final int BIT_OR = 4;
    static final int BIT_XOR = 5;
    static final int BIT_AND = 6;
    static final int EQUALITY = 7;
    static final int RELATIONAL = 8;
    static final int SUM = 9;
    static final int PRODUCT = 10;
    static final int UNARY = 11;
    static final int ATOM = 12;

    enum Type { BOOLEAN, INT, LONG }

    /**
     * A printed expression with what Java needs to know about its value.
     *
     * @param type  its Java type
     * @param bound for {@code int}s, a bound on the magnitude of the value
     */
    record Printed(List<String> pieces, int precedence, Type type, long bound) implements PrintedExpression {
        Printed(String text, int precedence, Type type, long bound) {
            this(List.of(text), precedence, type, bound);
        }

        static Printed ofLong(String text, int precedence) {
            return new Printed(text, precedence, Type.LONG, Long.MAX_VALUE);
        }

        static Printed ofBoolean(String text, int precedence) {
            return new Printed(text, precedence, Type.BOOLEAN, 1);
        }

        boolean isBoolean() {
            return type == Type.BOOLEAN;
        }

        Printed withType(Type newType) {
            return new Printed(pieces, precedence, newType, newType == Type.INT ? bound : Long.MAX_VALUE);
        }
    }

    private final Function<String, String> variables;
    private final Set<String> bits;
    private final JavaTables tables;

    /**
     * @param variables Java text for each variable the expressions read
     * @param bits      variables that only hold 0 or 1
     * @param tables    the methods that implement the lookups
     */
    JavaExpressions(Function<String, String> variables, Set<String> bits, JavaTables tables) {
        this.variables = variables;
        this.bits = bits;
        this.tables = tables;
    }

    /** {@code expr} as a number, ready to be assigned to a {@code long}. */
    Printed value(Expr expr) {
        return asNumber(expr.accept(new Printer()));
    }

    /** A literal: {@code int} when it fits, so that common code carries no {@code L}. */
    static Printed literal(long value) {
        boolean fitsInt = value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
        int precedence = value < 0 ? UNARY : ATOM;
        return fitsInt ? new Printed(Long.toString(value), precedence, Type.INT, Math.abs(value))
                : Printed.ofLong(value + "L", precedence);
    }

    private final class Printer implements Expr.Visitor<Printed> {

        @Override
        public Printed visitConst(Expr.Const c) {
            return literal(c.value());
        }

        @Override
        public Printed visitVar(Expr.Var v) {
            return Printed.ofLong(variables.apply(v.name()), ATOM);
        }

        @Override
        public Printed visitUnary(Expr.Unary u) {
            return switch (u.op()) {
                case NEG -> {
                    Printed operand = widened(number(u.operand()), u.operand());
                    yield new Printed(PrintedExpression.negation(operand.at(UNARY)), UNARY, operand.type(), operand.bound());
                }
                case ABS -> {
                    Printed operand = widened(number(u.operand()), u.operand());
                    yield new Printed("Math.abs(" + operand.text() + ")", ATOM, operand.type(), operand.bound());
                }
                case NOT -> not(u.operand());
            };
        }

        /** {@code a >= b} for {@code !(a < b)}; {@code x == 0} for a number; else {@code !p}. */
        private Printed not(Expr operand) {
            if (operand instanceof Expr.Binary b && b.op().category() == BinaryOp.Category.COMPARISON) {
                return print(new Expr.Binary(b.op().negated(), b.left(), b.right()));
            }
            Printed printed = print(operand);
            if (printed.isBoolean()) {
                return Printed.ofBoolean("!" + printed.at(UNARY), UNARY);
            }
            return Printed.ofBoolean(printed.at(SUM) + " == 0", EQUALITY);
        }

        @Override
        public Printed visitBinary(Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> arithmetic(b, "+", SUM);
                case SUB -> arithmetic(b, "-", SUM);
                case MUL -> arithmetic(b, "*", PRODUCT);
                case FLOOR_DIV, FLOOR_MOD -> division(b);
                case MIN, MAX -> {
                    Printed left = number(b.left());
                    Printed right = number(b.right());
                    String name = b.op() == BinaryOp.MIN ? "Math.min" : "Math.max";
                    yield call(name, left, right, Math.max(left.bound(), right.bound()));
                }
                case EQ -> comparison(b, "==", EQUALITY);
                case NE -> comparison(b, "!=", EQUALITY);
                case LT -> comparison(b, "<", RELATIONAL);
                case LE -> comparison(b, "<=", RELATIONAL);
                case GT -> comparison(b, ">", RELATIONAL);
                case GE -> comparison(b, ">=", RELATIONAL);
                case AND, OR, XOR -> logical(b);
            };
        }

        private Printed arithmetic(Expr.Binary b, String symbol, int level) {
            Printed left = number(b.left());
            Printed right = number(b.right());
            // Bounds of ints are at most 2^31, so their sum or product does not overflow a long.
            long bound = !bothInt(left, right) ? Long.MAX_VALUE
                    : b.op() == BinaryOp.MUL ? left.bound() * right.bound() : left.bound() + right.bound();
            if (bothInt(left, right) && bound > Integer.MAX_VALUE) {
                if (b.right() instanceof Expr.Const c) {
                    right = Printed.ofLong(c.value() + "L", right.precedence());
                } else {
                    left = widen(left, b.left());
                }
            }
            boolean associative = (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL) && sameOp(b, b.right());
            Type type = bothInt(left, right) ? Type.INT : Type.LONG;
            return chain(left, level, symbol, right, associative ? level : level + 1, level, type, bound);
        }

        private Printed division(Expr.Binary b) {
            Printed left = number(b.left());
            Printed right = number(b.right());
            // Math.floorDiv and Math.floorMod throw on division by zero, which the IR defines.
            if (ProgramAnalysis.mayDivideByZero(b)) {
                String name = b.op() == BinaryOp.FLOOR_DIV ? "floorDiv" : "floorMod";
                return call(name, left, right, Long.MAX_VALUE).withType(Type.LONG);
            }
            if (b.op() == BinaryOp.FLOOR_MOD) {
                // Math.floorMod(long, int) is an int smaller than the divisor.
                Type type = right.type() == Type.INT ? Type.INT : Type.LONG;
                return call("Math.floorMod", left, right, right.bound()).withType(type);
            }
            // Math.floorDiv(int, int) overflows on MIN_VALUE / -1, which the IR defines.
            if (bothInt(left, right) && left.bound() > Integer.MAX_VALUE) {
                left = widen(left, b.left());
            }
            return call("Math.floorDiv", left, right, left.bound()).withType(bothInt(left, right) ? Type.INT : Type.LONG);
        }

        private Printed comparison(Expr.Binary b, String symbol, int level) {
            Printed left = print(b.left());
            Printed right = print(b.right());
            boolean booleans = level == EQUALITY && left.isBoolean() && right.isBoolean();
            if (!booleans) {
                left = asNumber(left);
                right = asNumber(right);
            }
            // Comparisons never chain unparenthesised, though Java allows `a < b == c < d`.
            return chain(left, SUM, symbol, right, SUM, level, Type.BOOLEAN, 1);
        }

        /**
         * Two 0/1 numbers combine with {@code &}, {@code |}, {@code ^} as numbers; otherwise both sides
         * become booleans ({@code x != 0}) and combine with {@code &&}, {@code ||}, {@code ^}.
         */
        private Printed logical(Expr.Binary b) {
            Printed left = print(b.left());
            Printed right = print(b.right());
            boolean bitNumbers = !left.isBoolean() && !right.isBoolean()
                    && ProgramAnalysis.isBit(b.left(), bits) && ProgramAnalysis.isBit(b.right(), bits);
            if (!bitNumbers) {
                left = asBoolean(left);
                right = asBoolean(right);
            }
            if (!bitNumbers && b.op() != BinaryOp.XOR) {
                int level = b.op() == BinaryOp.AND ? AND : OR;
                String symbol = b.op() == BinaryOp.AND ? "&&" : "||";
                // `&&` inside `||` and bitwise operators inside either get parentheses for the reader.
                return chain(left, sameOp(b, b.left()) ? level : EQUALITY, symbol, right,
                        sameOp(b, b.right()) ? level : EQUALITY, level, Type.BOOLEAN, 1);
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
            Type type = bitNumbers ? (bothInt(left, right) ? Type.INT : Type.LONG) : Type.BOOLEAN;
            return chain(left, sameOp(b, b.left()) ? level : SUM, symbol, right,
                    sameOp(b, b.right()) ? level : SUM, level, type, 1);
        }

        @Override
        public Printed visitIf(Expr.If i) {
            Printed condition = asBoolean(print(i.condition()));
            Printed then = print(i.then());
            Printed otherwise = print(i.otherwise());
            Type type = Type.BOOLEAN;
            if (!then.isBoolean() || !otherwise.isBoolean()) {
                then = asNumber(then);
                otherwise = asNumber(otherwise);
                type = bothInt(then, otherwise) ? Type.INT : Type.LONG;
            }
            List<String> pieces = List.of(condition.at(TERNARY + 1), "? " + then.at(TERNARY + 1),
                    ": " + otherwise.at(TERNARY + 1));
            return new Printed(pieces, TERNARY, type, Math.max(then.bound(), otherwise.bound()));
        }

        @Override
        public Printed visitLookup(Expr.Lookup l) {
            String arguments = l.keys().stream().map(k -> number(k).text()).collect(Collectors.joining(", "));
            return Printed.ofLong(tables.name(l) + "(" + arguments + ")", ATOM);
        }

        private Printed print(Expr expr) {
            return expr.accept(this);
        }

        private Printed number(Expr expr) {
            return asNumber(print(expr));
        }

        /** An int operand that could be {@code Integer.MIN_VALUE} is widened before negating it. */
        private Printed widened(Printed operand, Expr expr) {
            return operand.type() == Type.INT && operand.bound() > Integer.MAX_VALUE ? widen(operand, expr) : operand;
        }
    }

    /** {@code p ? 1 : 0} for a boolean. */
    private static Printed asNumber(Printed p) {
        if (!p.isBoolean()) {
            return p;
        }
        return new Printed(List.of(p.at(TERNARY + 1), "? 1", ": 0"), TERNARY, Type.INT, 1);
    }

    /** {@code x != 0} for a number. */
    private static Printed asBoolean(Printed p) {
        return p.isBoolean() ? p : Printed.ofBoolean(p.at(SUM) + " != 0", EQUALITY);
    }

    /** {@code 5L} for a literal, {@code (long) x} otherwise. */
    private static Printed widen(Printed operand, Expr expr) {
        if (expr instanceof Expr.Const c) {
            return Printed.ofLong(c.value() + "L", operand.precedence());
        }
        return Printed.ofLong("(long) " + operand.at(UNARY), UNARY);
    }

    private static boolean bothInt(Printed left, Printed right) {
        return left.type() == Type.INT && right.type() == Type.INT;
    }

    private static Printed call(String name, Printed left, Printed right, long bound) {
        Type type = bothInt(left, right) ? Type.INT : Type.LONG;
        return new Printed(name + "(" + left.text() + ", " + right.text() + ")", ATOM, type, bound);
    }

    /** {@code left symbol right} as {@link PrintedExpression#chain} splices it. */
    private static Printed chain(Printed left, int leftMin, String symbol, Printed right, int rightMin, int level,
            Type type, long bound) {
        List<String> pieces = PrintedExpression.chain(left, leftMin, symbol, right, rightMin, level);
        return new Printed(pieces, level, type, type == Type.INT ? bound : Long.MAX_VALUE);
    }

    private static boolean sameOp(Expr.Binary parent, Expr child) {
        return child instanceof Expr.Binary b && b.op() == parent.op();
    }
}
