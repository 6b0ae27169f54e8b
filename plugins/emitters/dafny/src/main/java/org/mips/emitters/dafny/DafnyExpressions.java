package org.mips.emitters.dafny;

import static org.mips.emitters.dafny.DafnySyntax.ATOM;
import static org.mips.emitters.dafny.DafnySyntax.COMPARISON;
import static org.mips.emitters.dafny.DafnySyntax.CONDITIONAL;
import static org.mips.emitters.dafny.DafnySyntax.LET;
import static org.mips.emitters.dafny.DafnySyntax.LOGIC;
import static org.mips.emitters.dafny.DafnySyntax.PRODUCT;
import static org.mips.emitters.dafny.DafnySyntax.SUM;
import static org.mips.emitters.dafny.DafnySyntax.UNARY;
import static org.mips.emitters.dafny.DafnySyntax.arithmetic;
import static org.mips.emitters.dafny.DafnySyntax.chain;
import static org.mips.emitters.dafny.DafnySyntax.comparison;
import static org.mips.emitters.dafny.DafnySyntax.conditional;
import static org.mips.emitters.dafny.DafnySyntax.literal;
import static org.mips.emitters.dafny.DafnySyntax.negation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.emitters.dafny.DafnySyntax.Printed;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;
import org.mips.toolkit.source.ProgramAnalysis;

/**
 * Prints IR expressions as Dafny {@code int} expressions with exactly the meaning {@link
 * org.mips.spi.program.Arithmetic} gives them on unbounded integers.
 *
 * <p>Dafny has a separate {@code bool} type, so every expression has two printings: as a value (an
 * {@code int}; a comparison becomes {@code if a < b then 1 else 0}) and as a condition (a {@code bool};
 * an integer {@code x} becomes {@code x != 0}). A parent that wants a condition asks for one, so
 * {@code a < b} is never wrapped in an {@code if} just to be tested again.
 *
 * <p>Dafny's {@code /} and {@code %} are Euclidean (the remainder is never negative) and must not
 * divide by 0. A positive constant divisor rounds down as the IR does; a negative one is turned
 * positive ({@code a // -k == -a / k}, {@code a % -k == -(-a % k)}); a divisor that is not constant
 * is tested. The output is pure (no calls), so it is valid in method bodies and functions alike.
 * A truth is never the literal {@code true} or {@code false} (see {@link DafnySyntax#comparison}).
 * An operand that would be repeated is computed once unless it is short: by a let expression
 * ({@code var d := ...; ...}) in {@link #print}, by a local variable declared before the statement in
 * {@link #compute}.
 */
final class DafnyExpressions {

    /** Tables with more entries than this become search trees instead of chains of conditionals. */
    static final int TREE_ABOVE = 16;

    /** An operand up to this long may be written twice rather than bound by a let. */
    private static final int SHORT = 20;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_'?]*");

    /** A local variable of executable code: {@code var name := value;}. */
    record Local(String name, Printed value) {
    }

    /**
     * An expression for a method body: the locals to declare first, in order, then the value, which
     * reads them.
     */
    record Computation(List<Local> locals, Printed value) {
        Computation {
            locals = List.copyOf(locals);
        }
    }

    private DafnyExpressions() {
    }

    private static int byKey(Expr.Entry a, Expr.Entry b) {
        for (int k = 0; k < a.key().size(); k++) {
            int c = Long.compare(a.key().get(k), b.key().get(k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * The Dafny int expression for expr: pure (no function or method calls), so valid in method bodies and in functions alike.
     *
     * <p>The text binds at least as tightly as {@code +}, so it may stand alone or beside {@code ==},
     * {@code <} or {@code &&}; a conditional is parenthesised. It may contain let expressions, which
     * Dafny 2.3 verifies but does not always compile: for compiled code use {@link #compute}.
     *
     * @param variable the Dafny text for each IR variable that {@code expr} reads: an identifier, a
     *                 field or an indexed sequence, which is never parenthesised
     */
    static String print(Expr expr, Function<String, String> variable) {
        return expr.accept(new Printer(variable, null, new ArrayList<>())).at(SUM);
    }

    /**
     * {@code expr} for executable code, without let expressions: Dafny 2.3 compiles them to generic
     * C# calls that its C# compiler misreads after a {@code <} ("Unexpected symbol"), so what a let
     * would bind is a local variable instead. Every operand is total (divisions are guarded where they
     * are), so computing one before the statement is well-formed and gives the same value.
     *
     * @param fresh claims a new name for a local in the surrounding scope, given a suggestion
     */
    static Computation compute(Expr expr, Function<String, String> variable, UnaryOperator<String> fresh) {
        List<Local> locals = new ArrayList<>();
        Printed value = expr.accept(new Printer(variable, fresh, locals));
        return new Computation(locals, value);
    }

    /**
     * @param fresh  names for locals, or null to bind with let expressions
     * @param locals where the locals go, in the order they must be declared
     */
    private record Printer(Function<String, String> variable, UnaryOperator<String> fresh, List<Local> locals)
            implements Expr.Visitor<Printed> {

        @Override
        public Printed visitConst(Expr.Const c) {
            return literal(c.value());
        }

        @Override
        public Printed visitVar(Expr.Var v) {
            return new Printed(variable.apply(v.name()), ATOM);
        }

        @Override
        public Printed visitUnary(Expr.Unary u) {
            return switch (u.op()) {
                case NEG -> negation(value(u.operand()));
                case ABS -> bind(List.of(value(u.operand())), List.of("v"), List.of("operand"), DafnyExpressions::isShort, v -> conditional(
                        comparison(v.get(0), "<", literal(0)), negation(v.get(0)), v.get(0)));
                case NOT -> truthValue(u);
            };
        }

        @Override
        public Printed visitBinary(Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> arithmetic(value(b.left()), "+", value(b.right()), sameOp(b, b.right()) ? SUM : PRODUCT, SUM);
                case SUB -> arithmetic(value(b.left()), "-", value(b.right()), PRODUCT, SUM);
                case MUL -> arithmetic(value(b.left()), "*", value(b.right()), sameOp(b, b.right()) ? PRODUCT : UNARY, PRODUCT);
                case FLOOR_DIV, FLOOR_MOD -> division(b);
                case MIN, MAX -> {
                    String test = b.op() == BinaryOp.MIN ? "<=" : ">=";
                    yield bind(List.of(value(b.left()), value(b.right())), List.of("a", "b"), List.of("first", "second"), DafnyExpressions::isShort,
                            ab -> conditional(comparison(ab.get(0), test, ab.get(1)), ab.get(0), ab.get(1)));
                }
                case EQ, NE, LT, LE, GT, GE, AND, OR, XOR -> truthValue(b);
            };
        }

        @Override
        public Printed visitIf(Expr.If i) {
            if (i.condition() instanceof Expr.Const c) {
                return value(c.value() != 0 ? i.then() : i.otherwise());
            }
            return conditional(condition(i.condition()), value(i.then()), value(i.otherwise()));
        }

        /**
         * The first entry whose keys all match, as a chain of conditionals. A key that is a truth value
         * is tested as a condition, so it can only match an entry's 0 or 1; a long key is bound once.
         */
        @Override
        public Printed visitLookup(Expr.Lookup l) {
            List<Printed> keys = new ArrayList<>();
            for (Expr key : l.keys()) {
                keys.add(ProgramAnalysis.isPredicate(key) ? condition(key) : value(key));
            }
            List<String> suffixes = l.keys().size() == 1 ? List.of("")
                    : IntStream.rangeClosed(1, l.keys().size()).mapToObj(Integer::toString).toList();
            Predicate<Printed> keep = l.entries().size() > 1 ? DafnyExpressions::isShort : key -> true;
            boolean tree = l.entries().size() > TREE_ABOVE && l.keys().stream().noneMatch(ProgramAnalysis::isPredicate);
            return bind(keys, suffixes.stream().map(n -> "k" + n).toList(), suffixes.stream().map(n -> "key" + n).toList(),
                    keep, bound -> {
                if (tree) {
                    List<Expr.Entry> sorted = new ArrayList<>(l.entries());
                    sorted.sort(DafnyExpressions::byKey);
                    return tree(sorted, 0, bound, literal(l.otherwise()));
                }
                Printed chain = literal(l.otherwise());
                for (int e = l.entries().size() - 1; e >= 0; e--) {
                    Optional<Printed> test = matches(l, l.entries().get(e), keys, bound);
                    if (test.isPresent()) {
                        chain = conditional(test.get(), literal(l.entries().get(e).value()), chain);
                    }
                }
                return chain;
            });
        }

        /**
         * A search tree over {@code entries} (sorted, all with the same keys before {@code level}): halving
         * the distinct values of key {@code level} by {@code <}, then equal to one of them, then the next
         * key. Its depth grows with the logarithm of the table, where a chain of conditionals as deep as
         * the table makes Dafny 2.3's resolver fail beyond a few hundred entries.
         */
        private Printed tree(List<Expr.Entry> entries, int level, List<Printed> keys, Printed otherwise) {
            if (level == keys.size()) {
                return literal(entries.get(0).value());
            }
            List<Long> values = entries.stream().map(e -> e.key().get(level)).distinct().toList();
            return split(entries, level, values, keys, otherwise);
        }

        private Printed split(List<Expr.Entry> entries, int level, List<Long> values, List<Printed> keys, Printed otherwise) {
            if (values.size() == 1) {
                long value = values.get(0);
                List<Expr.Entry> same = entries.stream().filter(e -> e.key().get(level) == value).toList();
                return conditional(comparison(keys.get(level), "==", literal(value)), tree(same, level + 1, keys, otherwise), otherwise);
            }
            int mid = values.size() / 2;
            long pivot = values.get(mid);
            return conditional(comparison(keys.get(level), "<", literal(pivot)),
                    split(entries, level, values.subList(0, mid), keys, otherwise),
                    split(entries, level, values.subList(mid, values.size()), keys, otherwise));
        }

        /** The test that the keys equal the entry's, or none if a truth value would have to be 2. */
        private Optional<Printed> matches(Expr.Lookup l, Expr.Entry entry, List<Printed> keys, List<Printed> bound) {
            List<Printed> tests = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                long wanted = entry.key().get(k);
                Printed key = bound.get(k);
                if (!ProgramAnalysis.isPredicate(l.keys().get(k))) {
                    tests.add(comparison(key, "==", literal(wanted)));
                } else if (wanted == 1) {
                    tests.add(key);
                } else if (wanted != 0) {
                    return Optional.empty();
                } else if (key == keys.get(k)) {
                    // Not bound (bind passes kept operands through as they are): the key's own negation.
                    tests.add(negatedCondition(l.keys().get(k)));
                } else {
                    tests.add(new Printed("!" + key.text(), UNARY));
                }
            }
            // Each test is parenthesised below a comparison: a bare `p || q` would mix with the &&s.
            Printed all = new Printed(tests.get(0).at(COMPARISON), COMPARISON);
            for (Printed test : tests.subList(1, tests.size())) {
                all = chain(all, LOGIC, "&&", test, COMPARISON, LOGIC);
            }
            return Optional.of(tests.size() == 1 ? tests.get(0) : all);
        }

        private Printed value(Expr expr) {
            return expr.accept(this);
        }

        /** {@code expr} as a Dafny {@code bool}: true exactly when the IR value is not 0. */
        private Printed condition(Expr expr) {
            if (expr instanceof Expr.If i) {
                if (i.condition() instanceof Expr.Const c) {
                    return condition(c.value() != 0 ? i.then() : i.otherwise());
                }
                return conditional(condition(i.condition()), condition(i.then()), condition(i.otherwise()));
            }
            if (expr instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
                return negatedCondition(u.operand());
            }
            if (expr instanceof Expr.Binary b) {
                switch (b.op().category()) {
                    case COMPARISON -> {
                        String symbol = symbol(b.op());
                        boolean truths = ProgramAnalysis.isPredicate(b.left()) && ProgramAnalysis.isPredicate(b.right());
                        if (truths && (b.op() == BinaryOp.EQ || b.op() == BinaryOp.NE)) {
                            return comparison(condition(b.left()), symbol, condition(b.right()));
                        }
                        return comparison(value(b.left()), symbol, value(b.right()));
                    }
                    case LOGICAL -> {
                        if (b.op() == BinaryOp.XOR) {
                            return comparison(condition(b.left()), "!=", condition(b.right()));
                        }
                        String symbol = b.op() == BinaryOp.AND ? "&&" : "||";
                        // Dafny rejects && and || side by side without parentheses; each groups with itself.
                        int left = sameOp(b, b.left()) ? LOGIC : COMPARISON;
                        int right = sameOp(b, b.right()) ? LOGIC : COMPARISON;
                        return chain(condition(b.left()), left, symbol, condition(b.right()), right, LOGIC);
                    }
                    default -> {
                    }
                }
            }
            return comparison(value(expr), "!=", literal(0));
        }

        /** {@code expr} is 0: {@code a >= b} for {@code a < b}, {@code p == q} for {@code p xor q}, ... */
        private Printed negatedCondition(Expr expr) {
            if (expr instanceof Expr.Binary b && b.op().category() == BinaryOp.Category.COMPARISON) {
                return condition(Expr.binary(b.op().negated(), b.left(), b.right()));
            }
            if (expr instanceof Expr.Binary b && b.op() == BinaryOp.XOR) {
                return comparison(condition(b.left()), "==", condition(b.right()));
            }
            if (expr instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
                return condition(u.operand());
            }
            if (ProgramAnalysis.isPredicate(expr)) {
                return new Printed("!" + condition(expr).at(UNARY), UNARY);
            }
            return comparison(value(expr), "==", literal(0));
        }

        /** A truth value as the IR's 0 or 1. */
        private Printed truthValue(Expr expr) {
            return conditional(condition(expr), literal(1), literal(0));
        }

        private Printed division(Expr.Binary b) {
            boolean floorDiv = b.op() == BinaryOp.FLOOR_DIV;
            Printed dividend = value(b.left());
            if (b.right() instanceof Expr.Const c) {
                if (c.value() == 0) {
                    return floorDiv ? literal(0) : dividend;
                }
                if (c.value() > 0) {
                    return arithmetic(dividend, floorDiv ? "/" : "%", literal(c.value()), UNARY, PRODUCT);
                }
                // Without the sign: Long.MIN_VALUE has no positive long.
                Printed magnitude = new Printed(Long.toString(c.value()).substring(1), ATOM);
                Printed negated = negation(dividend);
                return floorDiv ? arithmetic(negated, "/", magnitude, UNARY, PRODUCT)
                        : negation(arithmetic(negated, "%", magnitude, UNARY, PRODUCT));
            }
            return bind(List.of(dividend, value(b.right())), List.of("n", "d"), List.of("dividend", "divisor"),
                    d -> d.precedence() == ATOM, nd -> {
                Printed n = nd.get(0);
                Printed d = nd.get(1);
                Printed negative = floorDiv ? arithmetic(negation(n), "/", negation(d), UNARY, PRODUCT)
                        : negation(arithmetic(negation(n), "%", negation(d), UNARY, PRODUCT));
                return conditional(comparison(d, ">", literal(0)),
                        arithmetic(n, floorDiv ? "/" : "%", d, UNARY, PRODUCT),
                        conditional(comparison(d, "<", literal(0)), negative, floorDiv ? literal(0) : n));
            });
        }

        /**
         * {@code body} applied to {@code operands}, each operand it would repeat computed once unless
         * {@code keep} says it may be repeated: by a local or a let. A let's names avoid every name the
         * operands read, so that no name means two things.
         */
        private Printed bind(List<Printed> operands, List<String> letNames, List<String> localNames,
                Predicate<Printed> keep, Function<List<Printed>, Printed> body) {
            Set<String> read = new HashSet<>();
            operands.forEach(o -> read.addAll(identifiers(o.text())));
            List<Printed> used = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Printed> values = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                Printed operand = operands.get(i);
                if (keep.test(operand)) {
                    used.add(operand);
                    continue;
                }
                String name = letNames.get(i);
                if (fresh != null) {
                    name = fresh.apply(localNames.get(i));
                    locals.add(new Local(name, operand));
                } else {
                    while (read.contains(name) || names.contains(name) || DafnyNames.isReserved(name)) {
                        name += "_";
                    }
                    names.add(name);
                    values.add(operand);
                }
                used.add(new Printed(name, ATOM));
            }
            Printed printed = body.apply(used);
            if (names.isEmpty()) {
                return printed;
            }
            // A conditional in a list of several values reads better in parentheses.
            int level = names.size() > 1 ? LOGIC : CONDITIONAL;
            List<String> pieces = new ArrayList<>();
            pieces.add("var " + String.join(", ", names) + " := "
                    + values.stream().map(v -> v.at(level)).collect(Collectors.joining(", ")) + ";");
            pieces.addAll(printed.pieces());
            return new Printed(pieces, LET);
        }
    }

    /** Short enough to be written twice, and needing no parentheses beside {@code ==}. */
    private static boolean isShort(Printed operand) {
        return operand.precedence() >= COMPARISON && operand.text().length() <= SHORT;
    }

    private static String symbol(BinaryOp op) {
        return switch (op) {
            case EQ -> "==";
            case NE -> "!=";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }

    private static boolean sameOp(Expr.Binary parent, Expr child) {
        return child instanceof Expr.Binary b && b.op() == parent.op();
    }

    private static Set<String> identifiers(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = IDENTIFIER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
