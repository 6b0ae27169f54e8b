package org.mips.spi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mips.spi.program.Expr.binary;
import static org.mips.spi.program.Expr.constant;
import static org.mips.spi.program.Expr.var;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramAnalysisTest {

    @Test
    void sumAndCarryBitsQualifyTogether() {
        assertEquals(Set.of("a", "b", "sum", "carry"), ProgramAnalysis.bitVariables(Programs.binaryAddition()));
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
        // sum reads the old carry, so sum must be assigned first.
        Optional<List<StateVariable>> order = ProgramAnalysis.sequentialOrder(Programs.binaryAddition());
        assertEquals(List.of("sum", "carry"), order.orElseThrow().stream().map(StateVariable::name).toList());
    }

    @Test
    void aSwapNeedsTemporaries() {
        assertTrue(ProgramAnalysis.sequentialOrder(Programs.swap()).isEmpty());
    }

    @Test
    void predicatesAreRecognisedByForm() {
        assertTrue(ProgramAnalysis.isPredicate(binary(BinaryOp.LT, var("a"), constant(2))));
        assertTrue(ProgramAnalysis.isPredicate(Expr.unary(UnaryOp.NOT, var("a"))));
        assertEquals(false, ProgramAnalysis.isPredicate(binary(BinaryOp.MUL, var("a"), var("a"))));
    }
}
