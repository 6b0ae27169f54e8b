package org.mips.testkit;

import static org.mips.spi.program.BinaryOp.ADD;
import static org.mips.spi.program.BinaryOp.AND;
import static org.mips.spi.program.BinaryOp.EQ;
import static org.mips.spi.program.BinaryOp.FLOOR_DIV;
import static org.mips.spi.program.BinaryOp.FLOOR_MOD;
import static org.mips.spi.program.BinaryOp.GE;
import static org.mips.spi.program.BinaryOp.GT;
import static org.mips.spi.program.BinaryOp.LE;
import static org.mips.spi.program.BinaryOp.LT;
import static org.mips.spi.program.BinaryOp.MAX;
import static org.mips.spi.program.BinaryOp.MIN;
import static org.mips.spi.program.BinaryOp.MUL;
import static org.mips.spi.program.BinaryOp.NE;
import static org.mips.spi.program.BinaryOp.OR;
import static org.mips.spi.program.BinaryOp.SUB;
import static org.mips.spi.program.BinaryOp.XOR;
import static org.mips.spi.program.UnaryOp.ABS;
import static org.mips.spi.program.UnaryOp.NEG;
import static org.mips.spi.program.UnaryOp.NOT;

import java.util.Arrays;
import java.util.List;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.program.UnaryOp;

/**
 * Programs every emitter must get right. Each one targets a way emitted code typically goes wrong:
 * simultaneous update, floor division of negative numbers, operator precedence and boolean/integer
 * mixing, and names that are reserved in the target language or collide with generated names.
 *
 * <p>Every program stays far from 64-bit overflow on inputs drawn from its declared ranges (state is
 * kept bounded with floor modulo or clamping), so the interpreter defines every output and any
 * disagreement is the emitter's fault. Each call builds a fresh, equal program.
 */
public final class ContractPrograms {

    private ContractPrograms() {
    }

    /** Every contract program, in a fixed order. */
    public static List<Program> all() {
        return List.of(binaryAddition(), modularCounter(), everyOperator(), reservedNames());
    }

    /**
     * Ripple-carry addition of two bit streams, least significant bit first: {@code y} is the sum bit.
     * Both next expressions read the old carry, so writing {@code c} before {@code s} is a bug.
     */
    public static Program binaryAddition() {
        return binaryAdditionWithCarryAbove(1);
    }

    /**
     * {@link #binaryAddition()} with the carry set when {@code c + a + b > 0} instead of {@code > 1}:
     * a deliberately wrong program, to show that comparing emitted code with a program can fail.
     */
    public static Program binaryAdditionWrongCarry() {
        return binaryAdditionWithCarryAbove(0);
    }

    private static Program binaryAdditionWithCarryAbove(long threshold) {
        return new Program("binary_addition",
                List.of(new Input("a", 0, 1), new Input("b", 0, 1)),
                List.of(
                        new StateVariable("s", 0, op(XOR, op(XOR, var("c"), var("a")), var("b"))),
                        new StateVariable("c", 0, op(GT, op(ADD, op(ADD, var("c"), var("a")), var("b")), num(threshold)))),
                List.of(new Output("y", var("s"))));
    }

    /**
     * Floor division and modulo of {@code x} by positive and negative constants and by a variable
     * {@code d} that may be 0, one output each: {@code half}, {@code mod3}, {@code neg_half},
     * {@code mod_neg3}, {@code div} and {@code mod}. Not in {@link #all()}: the contract runs it on
     * steps whose outputs were worked out by hand, so that it does not rest on the interpreter alone.
     */
    public static Program floorDivision() {
        Expr x = var("x");
        Expr d = var("d");
        return new Program("floors", List.of(new Input("x", -9, 9), new Input("d", -3, 3)), List.of(),
                List.of(
                        new Output("half", op(FLOOR_DIV, x, num(2))),
                        new Output("mod3", op(FLOOR_MOD, x, num(3))),
                        new Output("neg_half", op(FLOOR_DIV, x, num(-2))),
                        new Output("mod_neg3", op(FLOOR_MOD, x, num(-3))),
                        new Output("div", op(FLOOR_DIV, x, d)),
                        new Output("mod", op(FLOOR_MOD, x, d))));
    }

    /**
     * A counter modulo 5 driven by an input in [-3, 3], so numerators are often negative: floor modulo
     * and floor division by positive and negative constants must round toward negative infinity.
     */
    public static Program modularCounter() {
        Expr step = op(SUB, op(SUB, var("a"), op(MUL, num(2), var("x"))), num(1));
        return new Program("modular_counter",
                List.of(new Input("x", -3, 3)),
                List.of(
                        new StateVariable("a", 0, op(FLOOR_MOD, step, num(5))),
                        new StateVariable("q", 0, op(FLOOR_DIV, step, num(5))),
                        new StateVariable("h", 0, op(FLOOR_DIV, op(SUB, var("x"), var("a")), num(-2))),
                        new StateVariable("r", 0, op(FLOOR_MOD, op(SUB, var("x"), var("a")), num(-3)))),
                List.of(
                        new Output("count", var("a")),
                        new Output("wraps", var("q")),
                        new Output("mix", op(ADD, op(MUL, var("h"), num(10)), var("r")))));
    }

    /**
     * Every operator, both kinds of conditional, lookups with one and with two keys (one of them a
     * comparison), negative constants, floor division and modulo by variables that are sometimes 0
     * (and sometimes negative), comparisons as values and as conditions, comparisons of comparisons,
     * logical operators on integers other than 0 and 1 (also on a conditional that yields either a
     * comparison or such an integer), a constant product that overflows 32 bits, a
     * swap-like cycle between {@code p} and {@code q} (so no order of plain assignments works) and a
     * second output that is a truth value.
     */
    public static Program everyOperator() {
        Expr x = var("x");
        Expr y = var("y");
        Expr p = var("p");
        Expr q = var("q");
        Expr d = var("d");
        Expr m = var("m");
        Expr c = var("c");
        Expr e = var("e");
        Expr g = var("g");
        Expr r = var("r");
        Expr w = var("w");
        Expr pairs = new Expr.Lookup(List.of(x, y),
                List.of(entry(5, 0, 0), entry(-7, 1, 2), entry(2, -3, 1), entry(11, 4, 3), entry(0, -4, 0)), -1);
        Expr residues = new Expr.Lookup(List.of(op(FLOOR_MOD, x, num(3))),
                List.of(entry(10, 0), entry(-10, 1)), 3);
        Expr signs = new Expr.Lookup(List.of(op(GT, x, q), e),
                List.of(entry(100, 1, 1), entry(-100, 0, 0)), 7);
        return new Program("every_operator",
                List.of(new Input("x", -4, 4), new Input("y", 0, 3)),
                List.of(
                        new StateVariable("p", 1, q),
                        new StateVariable("q", -2, op(SUB, op(FLOOR_MOD, op(SUB, p, x), num(9)), num(4))),
                        new StateVariable("d", 0, op(FLOOR_DIV, op(SUB, op(MUL, x, num(5)), num(3)), y)),
                        new StateVariable("m", 0, op(FLOOR_MOD, op(ADD, p, op(MUL, x, num(3))), op(SUB, y, num(1)))),
                        new StateVariable("c", 0, Expr.ifThen(op(AND, op(LT, x, p), op(NE, y, num(0))),
                                op(MIN, op(ADD, c, num(1)), num(5)),
                                op(MAX, op(SUB, c, num(2)), num(-5)))),
                        new StateVariable("e", 0, op(OR, op(EQ, x, q), op(GE, d, m))),
                        new StateVariable("g", 0, sum(
                                op(XOR, x, d),
                                op(MUL, op(OR, m, q), num(2)),
                                op(MUL, op(AND, x, y), num(4)),
                                op(EQ, x, y),
                                op(NEG, op(LE, x, num(-1))),
                                op(EQ, op(LT, x, y), op(GT, p, q)),
                                op(XOR, Expr.ifThen(y, op(LT, x, p), num(-3)), op(GE, x, num(2))))),
                        new StateVariable("r", 0, op(ADD, pairs, residues)),
                        new StateVariable("w", 0, sum(
                                op(MUL, op(ABS, op(SUB, x, num(3))), op(NEG, p)),
                                op(NEG, op(NEG, y)),
                                op(FLOOR_MOD, op(ADD, op(MUL, num(100_000), num(100_000)), x), num(7)),
                                op(MUL, op(AND, e, op(NOT, e)), num(3_000_000_000L))))),
                List.of(
                        new Output("u", sum(
                                Expr.ifThen(e, op(ABS, op(SUB, x, num(3))), op(NEG, p)),
                                signs,
                                op(FLOOR_DIV, r, num(-2)),
                                op(FLOOR_DIV, g, c),
                                op(FLOOR_MOD, w, op(SUB, c, num(1))),
                                Expr.ifThen(m, op(MUL, num(-1), d), op(XOR, e, op(GT, x, num(0)))))),
                        new Output("v", op(OR,
                                op(AND, op(NOT, op(LT, x, y)), op(NE, w, num(0))),
                                op(XOR, op(NOT, x), op(NOT, e))))));
    }

    /**
     * Names that are keywords or builtins in Python or Java ({@code class}, {@code lambda},
     * {@code int}, {@code new}, {@code len}, {@code range}, {@code min}, {@code Math}) and names an
     * emitter is likely to generate: {@code t} (loop index), {@code t_t} (per-step value of input
     * {@code t}), {@code ys} and {@code result} (result list), {@code next_a} and {@code nextA}
     * (temporaries for {@code a}, which is in a cycle with {@code next_a} and {@code nextA}, too long
     * for one line), {@code floor_div} (a
     * helper) and {@code TABLE} (a lookup table). The program's own name {@code string} becomes
     * {@code String} in PascalCase, which a Java class cannot be called.
     */
    public static Program reservedNames() {
        Expr klass = var("class");
        Expr lambda = var("lambda");
        Expr t = var("t");
        Expr len = var("len");
        Expr a = var("a");
        Expr nextA = var("next_a");
        return new Program("string",
                List.of(new Input("class", -3, 3), new Input("lambda", 0, 2), new Input("t", 0, 1), new Input("len", 0, 3)),
                List.of(
                        new StateVariable("a", 2, nextA),
                        new StateVariable("next_a", -1, op(SUB, op(FLOOR_MOD, sum(op(MUL, a, num(2)), op(MUL, klass, num(3)),
                                op(MUL, lambda, num(5)), op(MUL, len, num(7)), op(MUL, t, num(11)), var("nextA"), num(-13)),
                                num(7)), num(3))),
                        new StateVariable("nextA", 0, op(ADD, a, len)),
                        new StateVariable("t_t", 0, op(XOR, var("t_t"), t)),
                        new StateVariable("int", 0, op(FLOOR_MOD,
                                op(ADD, var("int"), op(FLOOR_DIV, op(MUL, klass, num(5)), lambda)), num(11))),
                        new StateVariable("new", 1, op(XOR, var("new"), op(NOT, t))),
                        new StateVariable("range", 0, op(MAX, op(MIN, op(ADD, var("range"), klass), num(10)), num(-10))),
                        new StateVariable("min", 0, new Expr.Lookup(List.of(t, var("new")),
                                List.of(entry(5, 1, 1), entry(-5, 0, 1)), 0)),
                        new StateVariable("Math", 0, op(ABS, op(SUB, klass, var("Math")))),
                        new StateVariable("floor_div", 0, op(FLOOR_MOD, op(ADD, var("floor_div"), len), lambda)),
                        new StateVariable("TABLE", 0, op(FLOOR_MOD, op(ADD, var("TABLE"), var("min")), num(13)))),
                List.of(
                        new Output("ys", sum(a, var("int"), op(MUL, var("new"), num(2)), var("t_t"), var("Math"),
                                var("floor_div"), var("TABLE"), op(FLOOR_DIV, nextA, lambda), var("nextA"))),
                        new Output("result", op(AND, op(LT, var("range"), var("min")), op(NE, klass, len)))));
    }

    private static Expr var(String name) {
        return Expr.var(name);
    }

    private static Expr num(long value) {
        return Expr.constant(value);
    }

    private static Expr op(BinaryOp op, Expr left, Expr right) {
        return Expr.binary(op, left, right);
    }

    private static Expr op(UnaryOp op, Expr operand) {
        return Expr.unary(op, operand);
    }

    /** {@code terms[0] + terms[1] + ...}, grouped to the left as a person writes it. */
    private static Expr sum(Expr... terms) {
        Expr total = terms[0];
        for (Expr term : Arrays.asList(terms).subList(1, terms.length)) {
            total = op(ADD, total, term);
        }
        return total;
    }

    private static Expr.Entry entry(long value, long... key) {
        return new Expr.Entry(Arrays.stream(key).boxed().toList(), value);
    }
}
