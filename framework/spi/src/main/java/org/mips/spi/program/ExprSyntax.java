package org.mips.spi.program;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A compact, Python-like text form of {@link Expr}, for writing specifications and tests and for
 * showing formulas to people:
 *
 * <pre>
 *   (carry + a + b) // 2        digit if ok and balance &gt;= 0 else 0        max(m, abs(x - 3))
 * </pre>
 *
 * Precedence from loosest to tightest: {@code a if c else b}; {@code or}; {@code and}; {@code not};
 * comparisons {@code == != < <= > >=} (not chained); {@code ^} (logical xor); {@code + -};
 * {@code * // %}; unary {@code -}; literals, names, parentheses and the functions {@code abs},
 * {@code min}, {@code max}. The operators mean what {@link Arithmetic} says: {@code //} and {@code %}
 * are floor division and floor modulo, {@code and}, {@code or}, {@code ^} and {@code not} are logical
 * and yield 0 or 1. {@link Expr.Lookup} tables have no text form.
 */
public final class ExprSyntax {

    /** Comparisons, longest symbol first so that {@code <=} is not read as {@code <}. */
    private static final List<BinaryOp> COMPARISONS =
            List.of(BinaryOp.EQ, BinaryOp.NE, BinaryOp.LE, BinaryOp.GE, BinaryOp.LT, BinaryOp.GT);

    private static final Map<BinaryOp, String> SYMBOLS = new EnumMap<>(Map.ofEntries(
            Map.entry(BinaryOp.ADD, "+"), Map.entry(BinaryOp.SUB, "-"), Map.entry(BinaryOp.MUL, "*"),
            Map.entry(BinaryOp.FLOOR_DIV, "//"), Map.entry(BinaryOp.FLOOR_MOD, "%"),
            Map.entry(BinaryOp.MIN, "min"), Map.entry(BinaryOp.MAX, "max"),
            Map.entry(BinaryOp.EQ, "=="), Map.entry(BinaryOp.NE, "!="), Map.entry(BinaryOp.LT, "<"),
            Map.entry(BinaryOp.LE, "<="), Map.entry(BinaryOp.GT, ">"), Map.entry(BinaryOp.GE, ">="),
            Map.entry(BinaryOp.AND, "and"), Map.entry(BinaryOp.OR, "or"), Map.entry(BinaryOp.XOR, "^")));

    private final String text;
    private int at;
    /** How many of the recursive rules are open: bounded, so that no text overflows the stack. */
    private int open;

    private ExprSyntax(String text) {
        this.text = text;
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the column of the first problem
     */
    public static Expr parse(String text) {
        ExprSyntax parser = new ExprSyntax(text);
        Expr expr = parser.ternary();
        parser.skipSpace();
        if (parser.at < text.length()) {
            throw parser.error("unexpected '" + text.substring(parser.at) + "'");
        }
        return expr;
    }

    /** {@code expr} in this syntax, with the parentheses precedence needs and no others. */
    public static String format(Expr expr) {
        return expr.accept(new Printer()).text();
    }

    /** Binding strength of each form; a child printed inside a parent binds at least as tightly. */
    private static final int TERNARY = 0;
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARE = 4;
    private static final int XOR = 5;
    private static final int ADD = 6;
    private static final int MUL = 7;
    private static final int UNARY = 8;
    private static final int ATOM = 9;

    private record Printed(String text, int level) {
        /** The text, parenthesised unless it binds at least as tightly as {@code min}. */
        String at(int min) {
            return level >= min ? text : "(" + text + ")";
        }
    }

    private static final class Printer implements Expr.Visitor<Printed> {
        @Override
        public Printed visitConst(Expr.Const c) {
            return new Printed(Long.toString(c.value()), c.value() < 0 ? UNARY : ATOM);
        }

        @Override
        public Printed visitVar(Expr.Var v) {
            return new Printed(v.name(), ATOM);
        }

        @Override
        public Printed visitUnary(Expr.Unary u) {
            Printed operand = u.operand().accept(this);
            return switch (u.op()) {
                case NEG -> new Printed("-" + operand.at(ATOM), UNARY);
                case ABS -> new Printed("abs(" + operand.text() + ")", ATOM);
                case NOT -> new Printed("not " + operand.at(NOT), NOT);
            };
        }

        @Override
        public Printed visitBinary(Expr.Binary b) {
            Printed left = b.left().accept(this);
            Printed right = b.right().accept(this);
            String symbol = SYMBOLS.get(b.op());
            if (b.op() == BinaryOp.MIN || b.op() == BinaryOp.MAX) {
                return new Printed(symbol + "(" + left.text() + ", " + right.text() + ")", ATOM);
            }
            int level = switch (b.op()) {
                case OR -> OR;
                case AND -> AND;
                case XOR -> XOR;
                case ADD, SUB -> ADD;
                case MUL, FLOOR_DIV, FLOOR_MOD -> MUL;
                default -> COMPARE;
            };
            // Left-associative: the left operand may bind as loosely as this operator, the right may
            // not; comparisons do not chain, so neither side may be a comparison.
            int leftMin = level == COMPARE ? COMPARE + 1 : level;
            return new Printed(left.at(leftMin) + " " + symbol + " " + right.at(level + 1), level);
        }

        @Override
        public Printed visitIf(Expr.If i) {
            return new Printed(i.then().accept(this).at(OR) + " if " + i.condition().accept(this).at(OR)
                    + " else " + i.otherwise().accept(this).at(TERNARY), TERNARY);
        }

        @Override
        public Printed visitLookup(Expr.Lookup l) {
            String keys = l.keys().stream().map(k -> k.accept(this).text()).collect(Collectors.joining(", "));
            String entries = l.entries().stream()
                    .map(e -> "(" + e.key().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "): " + e.value())
                    .collect(Collectors.joining(", "));
            return new Printed("{" + entries + "}.get((" + keys + "), " + l.otherwise() + ")", ATOM);
        }
    }

    private Expr ternary() {
        return nested(this::ternaryRule);
    }

    private Expr ternaryRule() {
        Expr value = or();
        if (keyword("if")) {
            Expr condition = or();
            if (!keyword("else")) {
                throw error("expected 'else'");
            }
            return Expr.ifThen(condition, value, ternary());
        }
        return value;
    }

    private Expr or() {
        Expr left = and();
        while (keyword("or")) {
            left = Expr.binary(BinaryOp.OR, left, and());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (keyword("and")) {
            left = Expr.binary(BinaryOp.AND, left, not());
        }
        return left;
    }

    private Expr not() {
        return keyword("not") ? Expr.unary(UnaryOp.NOT, nested(this::not)) : comparison();
    }

    private Expr comparison() {
        Expr left = xor();
        for (BinaryOp op : COMPARISONS) {
            if (symbol(SYMBOLS.get(op))) {
                return Expr.binary(op, left, xor());
            }
        }
        return left;
    }

    private Expr xor() {
        Expr left = additive();
        while (symbol("^")) {
            left = Expr.binary(BinaryOp.XOR, left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (true) {
            if (symbol("+")) {
                left = Expr.binary(BinaryOp.ADD, left, multiplicative());
            } else if (symbol("-")) {
                left = Expr.binary(BinaryOp.SUB, left, multiplicative());
            } else {
                return left;
            }
        }
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (true) {
            if (symbol("*")) {
                left = Expr.binary(BinaryOp.MUL, left, unary());
            } else if (symbol("//")) {
                left = Expr.binary(BinaryOp.FLOOR_DIV, left, unary());
            } else if (symbol("%")) {
                left = Expr.binary(BinaryOp.FLOOR_MOD, left, unary());
            } else {
                return left;
            }
        }
    }

    private Expr unary() {
        if (symbol("-")) {
            Expr operand = nested(this::unary);
            return operand instanceof Expr.Const c && c.value() > 0 ? Expr.constant(-c.value()) : Expr.unary(UnaryOp.NEG, operand);
        }
        return primary();
    }

    private Expr primary() {
        skipSpace();
        if (symbol("(")) {
            Expr inner = ternary();
            expect(")");
            return inner;
        }
        if (at < text.length() && Character.isDigit(text.charAt(at))) {
            int start = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            try {
                return Expr.constant(Long.parseLong(text.substring(start, at)));
            } catch (NumberFormatException e) {
                throw error("integer " + text.substring(start, at) + " does not fit in 64 bits");
            }
        }
        String name = name();
        if (name == null) {
            throw error(at < text.length() ? "unexpected '" + text.charAt(at) + "'" : "unexpected end");
        }
        if (!symbol("(")) {
            return Expr.var(name);
        }
        List<Expr> args = new ArrayList<>();
        if (!symbol(")")) {
            do {
                args.add(ternary());
            } while (symbol(","));
            expect(")");
        }
        return call(name, args);
    }

    /** {@code rule}, unless that would nest deeper than any program may ({@link Program#MAX_DEPTH}). */
    private Expr nested(Supplier<Expr> rule) {
        if (open >= Program.MAX_DEPTH) {
            throw error("nested more than " + Program.MAX_DEPTH + " levels deep");
        }
        open++;
        try {
            return rule.get();
        } finally {
            open--;
        }
    }

    private Expr call(String function, List<Expr> args) {
        int arity = function.equals("abs") ? 1 : 2;
        if (!List.of("abs", "min", "max").contains(function)) {
            throw error("unknown function '" + function + "' (known: abs, min, max)");
        }
        if (args.size() != arity) {
            throw error(function + " takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + args.size());
        }
        return switch (function) {
            case "abs" -> Expr.unary(UnaryOp.ABS, args.get(0));
            case "min" -> Expr.binary(BinaryOp.MIN, args.get(0), args.get(1));
            default -> Expr.binary(BinaryOp.MAX, args.get(0), args.get(1));
        };
    }

    private String name() {
        skipSpace();
        int start = at;
        if (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '_')) {
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            String name = text.substring(start, at);
            if (List.of("if", "else", "and", "or", "not").contains(name)) {
                throw error("unexpected keyword '" + name + "'");
            }
            return name;
        }
        return null;
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = at + word.length();
        if (text.startsWith(word, at) && (end == text.length()
                || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
            at = end;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        skipSpace();
        if (!text.startsWith(symbol, at)) {
            return false;
        }
        // '<' and '>' must not take the first character of '<=' and '>='.
        if ((symbol.equals("<") || symbol.equals(">")) && text.startsWith("=", at + 1)) {
            return false;
        }
        at += symbol.length();
        return true;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) {
            throw error("expected '" + symbol + "'");
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("in '" + text + "' at column " + (at + 1) + ": " + problem);
    }
}
