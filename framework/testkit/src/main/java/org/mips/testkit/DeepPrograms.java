package org.mips.testkit;

import java.util.List;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.program.UnaryOp;

/**
 * Programs whose expressions nest exactly {@link Program#MAX_DEPTH} deep, in the shapes that are hardest
 * to print: a right-nested chain that needs a bracket per level, lookups keyed by lookups (two brackets
 * per level in Python), and a mix of every form. Emitted code for each must compile and compute what the
 * interpreter computes.
 */
public final class DeepPrograms {

    private DeepPrograms() {
    }

    public static List<Program> all() {
        return List.of(program("Deep_Chain", DeepPrograms::chain), program("Deep_Lookups", DeepPrograms::lookups),
                program("Deep_Mix", DeepPrograms::mix));
    }

    private interface Level {
        Expr wrap(Expr inner, int level);
    }

    /** State {@code s} and output {@code y} both exactly {@link Program#MAX_DEPTH} deep, built by {@code level}. */
    private static Program program(String name, Level level) {
        return new Program(name, List.of(new Input("x", 0, 2)), List.of(new StateVariable("s", 0, deep(Expr.var("x"), level))),
                List.of(new Output("y", deep(Expr.var("s"), level))));
    }

    /** {@code leaf} wrapped level after level; a level that would overshoot the limit is a plain {@link #chain}. */
    private static Expr deep(Expr leaf, Level level) {
        Expr expr = leaf;
        for (int i = 1; expr.depth() < Program.MAX_DEPTH; i++) {
            Expr wrapped = level.wrap(expr, i);
            expr = wrapped.depth() <= Program.MAX_DEPTH ? wrapped : chain(expr, i);
        }
        return expr;
    }

    /** {@code 1 - (inner)}. */
    private static Expr chain(Expr inner, int level) {
        return Expr.binary(BinaryOp.SUB, Expr.constant(1), inner);
    }

    /** A two-key table keyed by {@code inner} and {@code x}. */
    private static Expr lookups(Expr inner, int level) {
        return new Expr.Lookup(List.of(inner, Expr.var("x")), List.of(new Expr.Entry(List.of(0L, 0L), 1), new Expr.Entry(List.of(1L, 2L), 0)),
                level % 3);
    }

    /** Every form in turn, with values kept small so that nothing overflows. */
    private static Expr mix(Expr inner, int level) {
        return switch (level % 9) {
            case 0 -> Expr.unary(UnaryOp.NEG, inner);
            case 1 -> Expr.unary(UnaryOp.ABS, inner);
            case 2 -> Expr.binary(BinaryOp.FLOOR_MOD, inner, Expr.constant(5));
            case 3 -> Expr.ifThen(Expr.binary(BinaryOp.GT, Expr.var("x"), Expr.constant(0)), inner, Expr.constant(2));
            case 4 -> Expr.binary(BinaryOp.OR, Expr.binary(BinaryOp.LT, inner, Expr.constant(3)), Expr.var("x"));
            case 5 -> Expr.binary(BinaryOp.FLOOR_DIV, Expr.constant(7), Expr.binary(BinaryOp.ADD, inner, Expr.var("x")));
            case 6 -> Expr.unary(UnaryOp.NOT, inner);
            case 7 -> Expr.binary(BinaryOp.MAX, Expr.var("x"), Expr.binary(BinaryOp.SUB, Expr.constant(1), inner));
            default -> Expr.binary(BinaryOp.XOR, inner, Expr.binary(BinaryOp.EQ, Expr.var("x"), Expr.constant(1)));
        };
    }
}
