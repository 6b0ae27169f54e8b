package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mips.spi.program.BinaryOp.ADD;
import static org.mips.spi.program.BinaryOp.AND;
import static org.mips.spi.program.BinaryOp.EQ;
import static org.mips.spi.program.BinaryOp.FLOOR_DIV;
import static org.mips.spi.program.BinaryOp.FLOOR_MOD;
import static org.mips.spi.program.BinaryOp.GT;
import static org.mips.spi.program.BinaryOp.LT;
import static org.mips.spi.program.BinaryOp.MAX;
import static org.mips.spi.program.BinaryOp.MIN;
import static org.mips.spi.program.BinaryOp.MUL;
import static org.mips.spi.program.BinaryOp.OR;
import static org.mips.spi.program.BinaryOp.SUB;
import static org.mips.spi.program.BinaryOp.XOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;
import org.mips.testkit.ContractPrograms;
import org.mips.toolkit.source.ProgramAnalysis;

class DafnyExpressionsTest {

    private static final Expr X = Expr.var("x");
    private static final Expr Y = Expr.var("y");
    private static final Expr D = Expr.var("d");

    @Test
    void aPositiveConstantDivisorIsDafnysOwnDivision() {
        assertEquals("x / 2", print(op(FLOOR_DIV, X, num(2))));
        assertEquals("x % 3", print(op(FLOOR_MOD, X, num(3))));
        assertEquals("(x - 1) / 2 * 3", print(op(MUL, op(FLOOR_DIV, op(SUB, X, num(1)), num(2)), num(3))));
        assertEquals("y * (x / 2)", print(op(MUL, Y, op(FLOOR_DIV, X, num(2)))));
    }

    @Test
    void aNegativeConstantDivisorIsMadePositive() {
        // floor(x / -k) == floor(-x / k), and x floormod -k == -(-x floormod k).
        assertEquals("-x / 2", print(op(FLOOR_DIV, X, num(-2))));
        assertEquals("-(-x % 3)", print(op(FLOOR_MOD, X, num(-3))));
        assertEquals("-(x - y) / 2", print(op(FLOOR_DIV, op(SUB, X, Y), num(-2))));
        assertEquals("-(-x) / 9223372036854775808", print(op(FLOOR_DIV, Expr.unary(UnaryOp.NEG, X), num(Long.MIN_VALUE))));
    }

    @Test
    void divisionByZeroIsTheIrsTotalDefinition() {
        assertEquals("0", print(op(FLOOR_DIV, X, num(0))));
        assertEquals("x", print(op(FLOOR_MOD, X, num(0))));
    }

    @Test
    void aDivisorThatMayBeZeroOrNegativeIsTested() {
        assertEquals("(if d > 0 then x / d else if d < 0 then -x / (-d) else 0)", print(op(FLOOR_DIV, X, D)));
        assertEquals("(if d > 0 then x % d else if d < 0 then -(-x % (-d)) else x)", print(op(FLOOR_MOD, X, D)));
        // Operands that are not atoms are bound once; the let's names avoid the names they read.
        assertEquals("(var n, d_ := x * 5 - 3, d - 1; if d_ > 0 then n / d_ else if d_ < 0 then -n / (-d_) else 0)",
                print(op(FLOOR_DIV, op(SUB, op(MUL, X, num(5)), num(3)), op(SUB, D, num(1)))));
    }

    @Test
    void executableCodeComputesRepeatedOperandsInLocalsInsteadOfLets() {
        List<String> claimed = new ArrayList<>(List.of("d"));
        DafnyExpressions.Computation computation = DafnyExpressions.compute(
                op(ADD, op(FLOOR_MOD, op(MUL, X, num(5)), op(SUB, D, num(1))), op(FLOOR_DIV, Y, op(SUB, D, num(1)))),
                Function.identity(), base -> {
                    String name = claimed.contains(base) ? base + "_" : base;
                    claimed.add(name);
                    return name;
                });
        assertEquals("dividend = x * 5, divisor = d - 1, divisor_ = d - 1", computation.locals().stream()
                .map(l -> l.name() + " = " + l.value().text()).collect(Collectors.joining(", ")));
        assertEquals("(if divisor > 0 then dividend % divisor else if divisor < 0 then -(-dividend % (-divisor)) else dividend)"
                + " + (if divisor_ > 0 then y / divisor_ else if divisor_ < 0 then -y / (-divisor_) else 0)",
                computation.value().text());
    }

    @Test
    void comparisonsAreValuesOnlyWhereAValueIsNeeded() {
        assertEquals("(if x < y then 1 else 0)", print(op(LT, X, Y)));
        assertEquals("(if x < y then 1 else 0) + 1", print(op(ADD, op(LT, X, Y), num(1))));
        assertEquals("(if x < y then d else 3)", print(Expr.ifThen(op(LT, X, Y), D, num(3))));
        assertEquals("(if x < y && d != 0 then 1 else 0)", print(op(AND, op(LT, X, Y), D)));
        assertEquals("(if x >= y then 1 else 0)", print(Expr.unary(UnaryOp.NOT, op(LT, X, Y))));
        assertEquals("(if (x < y) == (d > 0) then 1 else 0)", print(op(EQ, op(LT, X, Y), op(GT, D, num(0)))));
        assertEquals("(if (if x < y then 1 else 0) == d then 1 else 0)", print(op(EQ, op(LT, X, Y), D)));
    }

    @Test
    void logicalOperatorsTreatEveryNonZeroValueAsTrue() {
        assertEquals("(if x != 0 && y != 0 then 1 else 0)", print(op(AND, X, Y)));
        assertEquals("(if (x != 0) != (y != 0) then 1 else 0)", print(op(XOR, X, Y)));
        assertEquals("(if x == 0 then 1 else 0)", print(Expr.unary(UnaryOp.NOT, X)));
        assertEquals("(if (x != 0) == (y != 0) then 1 else 0)", print(Expr.unary(UnaryOp.NOT, op(XOR, X, Y))));
        // Dafny rejects && beside || without parentheses.
        assertEquals("(if (x != 0 && y != 0) || d != 0 then 1 else 0)", print(op(OR, op(AND, X, Y), D)));
        assertEquals("(if x != 0 && y != 0 && d != 0 then 1 else 0)", print(op(AND, X, op(AND, Y, D))));
        assertEquals("(if !(x != 0 && y != 0) then 1 else 0)", print(Expr.unary(UnaryOp.NOT, op(AND, X, Y))));
        // Never a literal true or false: Dafny 2.3's C# compiler warns about `if true`, which fails the build.
        assertEquals("x", print(Expr.ifThen(num(-2), X, Y)));
        assertEquals("(if -2 != 0 && x != 0 then 1 else 0)", print(op(AND, num(-2), X)));
        assertEquals("(if 0 != 0 then 1 else 0)", print(op(LT, X, X)));
    }

    @Test
    void negativeLiteralsAndNegationsAreParenthesisedAsRightOperands() {
        assertEquals("x - (-3)", print(op(SUB, X, num(-3))));
        assertEquals("-3 * x", print(op(MUL, num(-3), X)));
        assertEquals("x * (-y)", print(op(MUL, X, Expr.unary(UnaryOp.NEG, Y))));
        assertEquals("-(-x)", print(Expr.unary(UnaryOp.NEG, Expr.unary(UnaryOp.NEG, X))));
        assertEquals("x - (y - d)", print(op(SUB, X, op(SUB, Y, D))));
        assertEquals("x + y + d", print(op(ADD, X, op(ADD, Y, D))));
    }

    @Test
    void minMaxAndAbsAreConditionals() {
        assertEquals("(if x <= y + 1 then x else y + 1)", print(op(MIN, X, op(ADD, Y, num(1)))));
        assertEquals("(if x >= 3 then x else 3)", print(op(MAX, X, num(3))));
        assertEquals("(if x - 3 < 0 then -(x - 3) else x - 3)", print(Expr.unary(UnaryOp.ABS, op(SUB, X, num(3)))));
        assertEquals("(var v := if x < y then 1 else 0; if v < 0 then -v else v)",
                print(Expr.unary(UnaryOp.ABS, op(LT, X, Y))));
    }

    @Test
    void lookupsAreChainsOfConditionals() {
        Expr pairs = new Expr.Lookup(List.of(X, Y), List.of(entry(5, 0, 0), entry(-7, 1, -2)), -1);
        assertEquals("(if x == 0 && y == 0 then 5 else if x == 1 && y == -2 then -7 else -1)", print(pairs));
        // A truth value as key: only its 0 and 1 entries can match.
        Expr signs = new Expr.Lookup(List.of(op(GT, X, Y)), List.of(entry(100, 1), entry(-100, 0), entry(9, 2)), 7);
        assertEquals("(if x > y then 100 else if x <= y then -100 else 7)", print(signs));
        // A short key is written in every test, a long one computed once.
        Expr residues = new Expr.Lookup(List.of(op(FLOOR_MOD, X, num(3))), List.of(entry(10, 0), entry(-10, 1)), 3);
        assertEquals("(if x % 3 == 0 then 10 else if x % 3 == 1 then -10 else 3)", print(residues));
        Expr sums = new Expr.Lookup(List.of(op(FLOOR_MOD, op(SUB, op(ADD, op(MUL, X, num(3)), op(MUL, Y, num(5))), D), num(7))),
                List.of(entry(10, 0), entry(-10, 1)), 3);
        assertEquals("(var k := (x * 3 + y * 5 - d) % 7; if k == 0 then 10 else if k == 1 then -10 else 3)", print(sums));
        assertEquals("4", print(new Expr.Lookup(List.of(X), List.of(), 4)));
        Expr mixed = new Expr.Lookup(List.of(op(OR, X, Y), D), List.of(entry(5, 1, 2)), 0);
        assertEquals("(if (x != 0 || y != 0) && d == 2 then 5 else 0)", print(mixed));
    }

    @Test
    void theVariableMappingNamesEveryVariable() {
        Function<String, String> state = name -> "s." + name;
        assertEquals("s.x + s.y", DafnyExpressions.print(op(ADD, X, Y), state));
    }

    /** The promise to the proof writer: every expression is pure and well-formed in a function body. */
    @Test
    void printedExpressionsAreWellFormedFunctionBodies() throws Exception {
        List<Expr> expressions = new ArrayList<>(ProgramAnalysis.expressions(ContractPrograms.everyOperator()));
        expressions.addAll(ProgramAnalysis.expressions(ContractPrograms.reservedNames()));
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < expressions.size(); i++) {
            List<String> read = List.copyOf(expressions.get(i).variables());
            source.append("function F").append(i).append('(')
                    .append(read.stream().map(v -> "v_" + v + ": int").collect(Collectors.joining(", ")))
                    .append("): int {\n  ").append(DafnyExpressions.print(expressions.get(i), v -> "v_" + v)).append("\n}\n\n");
        }
        DafnyVerification.assertVerifies("functions.dfy", source.toString());
    }

    private static String print(Expr expr) {
        return DafnyExpressions.print(expr, Function.identity());
    }

    private static Expr op(BinaryOp op, Expr left, Expr right) {
        return Expr.binary(op, left, right);
    }

    private static Expr num(long value) {
        return Expr.constant(value);
    }

    private static Expr.Entry entry(long value, long... key) {
        return new Expr.Entry(Arrays.stream(key).boxed().toList(), value);
    }
}
