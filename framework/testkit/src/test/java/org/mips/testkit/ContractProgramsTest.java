package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.emit.ProgramSamples;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.UnaryOp;

class ContractProgramsTest {

    @Test
    void binaryAdditionAddsBitStreamsLeastSignificantBitFirst() {
        Interpreter adder = Interpreter.of(ContractPrograms.binaryAddition());
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            int length = 1 + random.nextInt(62);
            long a = random.nextLong(1L << length);
            long b = random.nextLong(1L << length);
            long[][] xs = new long[length][];
            for (int t = 0; t < length; t++) {
                xs[t] = new long[] {(a >>> t) & 1, (b >>> t) & 1};
            }
            long[][] ys = adder.run(xs);
            long sum = 0;
            for (int t = 0; t < length; t++) {
                sum |= ys[t][0] << t;
            }
            assertEquals((a + b) & ((1L << length) - 1), sum, a + " + " + b + " in " + length + " bits");
        }
    }

    @Test
    void binaryAdditionWrongCarryIsADifferentProgram() {
        assertNotEquals(ContractPrograms.binaryAddition(), ContractPrograms.binaryAdditionWrongCarry());
        long[][] oneAndOne = {{1, 1}, {0, 0}};
        assertEquals(1, ContractPrograms.binaryAddition().run(oneAndOne)[1][0]);
        assertEquals(0, ContractPrograms.binaryAdditionWrongCarry().run(new long[][] {{1, 0}, {1, 0}})[1][0]);
    }

    @Test
    void modularCounterFloorsNegativeNumerators() {
        // x = 3: a - 2x - 1 = -7, so a = -7 mod 5 = 3 and q = -7 // 5 = -2;
        // h = (3 - 0) // -2 = -2 and r = (3 - 0) mod -3 = 0, read from the old a = 0.
        long[][] ys = ContractPrograms.modularCounter().run(new long[][] {{3}, {-3}});
        assertEquals(List.of(3L, -2L, -20L), List.of(ys[0][0], ys[0][1], ys[0][2]));
        // x = -3 after a = 3: 3 + 6 - 1 = 8, a = 3, q = 1; h = (-3 - 3) // -2 = 3, r = -6 mod -3 = 0.
        assertEquals(List.of(3L, 1L, 30L), List.of(ys[1][0], ys[1][1], ys[1][2]));
    }

    @Test
    void everyContractProgramIsDefinedOnLongSampledInputs() {
        for (Program program : ContractPrograms.all()) {
            Interpreter interpreter = Interpreter.of(program);
            for (long[][] xs : ProgramSamples.random(program, 2_000, new int[] {0, 1, 7, 40, 64}, 11)) {
                interpreter.run(xs); // throws EvaluationException on overflow
            }
        }
    }

    @Test
    void everyOperatorUsesEveryOperatorAndForm() {
        Program program = ContractPrograms.everyOperator();
        Set<BinaryOp> binary = EnumSet.noneOf(BinaryOp.class);
        Set<UnaryOp> unary = EnumSet.noneOf(UnaryOp.class);
        Set<Class<?>> forms = new HashSet<>();
        for (Expr root : roots(program)) {
            List<Expr> pending = new ArrayList<>(List.of(root));
            while (!pending.isEmpty()) {
                Expr e = pending.remove(pending.size() - 1);
                forms.add(e.getClass());
                if (e instanceof Expr.Binary b) {
                    binary.add(b.op());
                } else if (e instanceof Expr.Unary u) {
                    unary.add(u.op());
                }
                pending.addAll(e.children());
            }
        }
        assertEquals(EnumSet.allOf(BinaryOp.class), binary);
        assertEquals(EnumSet.allOf(UnaryOp.class), unary);
        assertTrue(forms.containsAll(Set.of(Expr.If.class, Expr.Lookup.class, Expr.Const.class, Expr.Var.class)));
        assertTrue(program.outputs().size() >= 2);
    }

    @Test
    void everyOperatorDividesByZeroSometimes() {
        Program program = ContractPrograms.everyOperator();
        // y is the divisor of d: with y = 0 the total semantics give d = 0, not an error.
        assertEquals(0, program.inputs().get(program.inputIndex("y")).min());
        long[][] ys = program.run(new long[][] {{4, 0}, {-4, 0}});
        assertEquals(2, ys[1].length);
    }

    @Test
    void programsAreBuiltFreshAndEqual() {
        assertEquals(ContractPrograms.all(), ContractPrograms.all());
        assertEquals(4, new HashSet<>(ContractPrograms.all().stream().map(Program::name).toList()).size());
    }

    private static List<Expr> roots(Program program) {
        List<Expr> roots = new ArrayList<>();
        program.state().forEach(s -> roots.add(s.next()));
        program.outputs().stream().map(Output::value).forEach(roots::add);
        return roots;
    }
}
