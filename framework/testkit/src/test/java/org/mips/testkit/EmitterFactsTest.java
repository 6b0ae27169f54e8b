package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Arithmetic;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.ProgramAnalysis;
import org.mips.spi.program.StateVariable;

/** The facts about programs and operators that emitters share through {@link ProgramAnalysis} and {@link BinaryOp}. */
class EmitterFactsTest {

    @Test
    void expressionsAreEveryNodeStateFirstInPreOrder() {
        Program addition = ContractPrograms.binaryAddition();
        Expr sum = addition.state().get(0).next();
        Expr carry = addition.state().get(1).next();
        Expr output = addition.outputs().get(0).value();

        List<Expr> nodes = ProgramAnalysis.expressions(addition);

        Expr.Binary innerSum = (Expr.Binary) ((Expr.Binary) sum).left();
        assertEquals(List.of(sum, innerSum, innerSum.left(), innerSum.right(), ((Expr.Binary) sum).right()),
                nodes.subList(0, 5));
        assertEquals(carry, nodes.get(5));
        assertEquals(output, nodes.get(nodes.size() - 1));
    }

    @Test
    void expressionsCountLookupKeysButNotEntries() {
        for (Program program : ContractPrograms.all()) {
            int size = 0;
            for (Expr root : roots(program)) {
                size += root.size();
            }
            int entries = ProgramAnalysis.expressions(program).stream()
                    .mapToInt(e -> e instanceof Expr.Lookup l ? l.entries().size() : 0).sum();
            assertEquals(size - entries, ProgramAnalysis.expressions(program).size(), program.name());
        }
    }

    @Test
    void onlyDivisionsByAVariableOrByZeroMayDivideByZero() {
        Expr x = Expr.var("x");
        assertTrue(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_DIV, x, x)));
        assertTrue(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_MOD, x, Expr.constant(0))));
        assertFalse(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_MOD, x, Expr.constant(-3))));
        assertFalse(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.ADD, x, x)));
    }

    @Test
    void aNegatedComparisonHoldsExactlyWhenTheComparisonDoesNot() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.category() != BinaryOp.Category.COMPARISON) {
                assertThrows(IllegalArgumentException.class, op::negated, op.name());
                continue;
            }
            for (long a = -1; a <= 1; a++) {
                for (long b = -1; b <= 1; b++) {
                    assertEquals(1 - Arithmetic.apply(op, a, b), Arithmetic.apply(op.negated(), a, b), op + " " + a + " " + b);
                }
            }
        }
    }

    private static List<Expr> roots(Program program) {
        return Stream.concat(program.state().stream().map(StateVariable::next),
                program.outputs().stream().map(Output::value)).toList();
    }
}
