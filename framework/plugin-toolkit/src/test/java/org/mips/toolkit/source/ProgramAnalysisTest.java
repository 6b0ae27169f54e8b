package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mips.spi.program.Expr.binary;
import static org.mips.spi.program.Expr.constant;
import static org.mips.spi.program.Expr.var;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.program.UnaryOp;
import org.mips.testkit.ContractPrograms;

class ProgramAnalysisTest {

    @Test
    void sumAndCarryBitsQualifyTogether() {
        assertEquals(Set.of("a", "b", "s", "c"), ProgramAnalysis.bitVariables(ContractPrograms.binaryAddition()));
    }

    @Test
    void aCounterIsNotABit() {
        Program counter = new Program("count", List.of(new Input("x", 0, 1)),
                List.of(new StateVariable("n", 0, binary(BinaryOp.ADD, var("n"), var("x")))),
                List.of(new Output("y", var("n"))));
        assertEquals(Set.of("x"), ProgramAnalysis.bitVariables(counter));
    }

    @Test
    void readersAreAssignedBeforeTheVariablesTheyRead() {
        List<String> order = ProgramAnalysis.sequentialOrder(ContractPrograms.binaryAddition()).orElseThrow()
                .stream().map(StateVariable::name).toList();
        assertEquals(List.of("s", "c"), order, "s reads the old carry, so it is assigned first");
    }

    @Test
    void cyclicProgramsNeedTemporaries() {
        Program swap = new Program("swap", List.of(new Input("x", 0, 9)),
                List.of(new StateVariable("p", 1, var("q")), new StateVariable("q", 2, var("p"))),
                List.of(new Output("y", binary(BinaryOp.ADD, var("p"), var("x")))));
        assertTrue(ProgramAnalysis.sequentialOrder(swap).isEmpty());
        assertTrue(ProgramAnalysis.sequentialOrder(ContractPrograms.everyOperator()).isEmpty());
        assertTrue(ProgramAnalysis.sequentialOrder(ContractPrograms.reservedNames()).isEmpty());
    }

    @Test
    void predicatesAreRecognisedByForm() {
        assertTrue(ProgramAnalysis.isPredicate(binary(BinaryOp.LT, var("a"), constant(2))));
        assertTrue(ProgramAnalysis.isPredicate(Expr.unary(UnaryOp.NOT, var("a"))));
        assertFalse(ProgramAnalysis.isPredicate(binary(BinaryOp.MUL, var("a"), var("a"))));
    }

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
            int size = Stream.concat(program.state().stream().map(StateVariable::next),
                    program.outputs().stream().map(Output::value)).mapToInt(Expr::size).sum();
            int entries = ProgramAnalysis.expressions(program).stream()
                    .mapToInt(e -> e instanceof Expr.Lookup l ? l.entries().size() : 0).sum();
            assertEquals(size - entries, ProgramAnalysis.expressions(program).size(), program.name());
        }
    }

    @Test
    void onlyDivisionsByAVariableOrByZeroMayDivideByZero() {
        Expr x = var("x");
        assertTrue(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_DIV, x, x)));
        assertTrue(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_MOD, x, constant(0))));
        assertFalse(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.FLOOR_MOD, x, constant(-3))));
        assertFalse(ProgramAnalysis.mayDivideByZero(Expr.binary(BinaryOp.ADD, x, x)));
    }
}
