package org.mips.spi.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mips.spi.program.Expr.var;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTest {

    private static String rejection(Runnable construction) {
        return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
    }

    @Test
    void rejectsUndeclaredVariables() {
        assertEquals("state variable 's' reads undeclared variable 'q'", rejection(() -> new Program("p",
                List.of(new Input("x", 0, 1)), List.of(new StateVariable("s", 0, var("q"))), List.of(new Output("y", var("s"))))));
    }

    @Test
    void rejectsReadingAnOutput() {
        assertEquals("output 'z' reads output 'y'; expressions may read only inputs and state variables",
                rejection(() -> new Program("p", List.of(new Input("x", 0, 1)), List.of(),
                        List.of(new Output("y", var("x")), new Output("z", var("y"))))));
    }

    @Test
    void rejectsDuplicateNames() {
        assertEquals("name 'x' is declared twice (as input and as state variable)", rejection(() -> new Program("p",
                List.of(new Input("x", 0, 1)), List.of(new StateVariable("x", 0, var("x"))), List.of(new Output("y", var("x"))))));
    }

    @Test
    void rejectsNonIdentifiersAndEmptyRanges() {
        assertEquals("input name '2x' is not an identifier (letters, digits and '_', not starting with a digit)",
                rejection(() -> new Input("2x", 0, 1)));
        assertEquals("input 'x': min 3 is greater than max 1", rejection(() -> new Input("x", 3, 1)));
    }

    @Test
    void rejectsProgramsWithoutInputsOrOutputs() {
        assertEquals("program 'p': 'inputs' is empty; a program reads at least one input",
                rejection(() -> new Program("p", List.of(), List.of(), List.of(new Output("y", Expr.constant(1))))));
        assertEquals("program 'p': 'outputs' is empty; a program writes at least one output",
                rejection(() -> new Program("p", List.of(new Input("x", 0, 1)), List.of(), List.of())));
    }

    @Test
    void rejectsFutureSchemaVersions() {
        assertEquals("unsupported schemaVersion 2 (this version of mips reads 1)", rejection(() ->
                new Program(2, "p", List.of(new Input("x", 0, 1)), List.of(), List.of(new Output("y", var("x"))))));
    }

    @Test
    void rejectsLookupsWithInconsistentKeys() {
        assertEquals("lookup: key [1] appears twice", rejection(() -> new Expr.Lookup(List.of(var("x")),
                List.of(new Expr.Entry(List.of(1L), 0), new Expr.Entry(List.of(1L), 2)), 0)));
    }

    @Test
    void sizeCountsNodesAndVariablesListReadsInOrder() {
        Expr next = Programs.binaryAddition().state().get(1).next();
        assertEquals(7, next.size());
        assertEquals(List.of("carry", "a", "b"), List.copyOf(next.variables()));
    }
}
