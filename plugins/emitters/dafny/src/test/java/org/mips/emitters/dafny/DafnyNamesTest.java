package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

class DafnyNamesTest {

    @Test
    void keywordsTypesAndLeadingUnderscoresAreReserved() {
        for (String word : List.of("var", "method", "returns", "requires", "invariant", "int", "nat", "seq", "real",
                "old", "fresh", "print", "ghost", "label", "bv8", "array2", "ORDINAL", "_", "_x", "for", "expect")) {
            assertTrue(DafnyNames.isReserved(word), word);
        }
        for (String name : List.of("x", "x_", "class_", "lambda", "len", "Main", "min", "arrayx", "bv")) {
            assertFalse(DafnyNames.isReserved(name), name);
        }
    }

    @Test
    void reservedProgramNamesGetAFreeLegalSpelling() {
        Program program = new Program("p",
                List.of(new Input("_x", 0, 1), new Input("var", 0, 1), new Input("x_", 0, 1)),
                List.of(new StateVariable("_1", 0, Expr.var("_1"))),
                List.of(new Output("int", Expr.var("_x"))));
        DafnyNames names = new DafnyNames(program);
        assertEquals("x__", names.of("_x"), "x_ belongs to the program");
        assertEquals("var_", names.of("var"));
        assertEquals("x_", names.of("x_"));
        assertEquals("v1_", names.of("_1"));
        assertEquals("int_", names.of("int"));
        assertEquals(Map.of("_x", "x__", "var", "var_", "_1", "v1_", "int", "int_"), names.renamed());
        assertEquals("t", names.fresh("t"));
        assertEquals("t_", names.fresh("t"));
        assertEquals("y_t", names.fresh("_y_t"));
        assertEquals("Main_", names.fresh("Main", Set.of("Main")));
    }

    @Test
    void methodNamesArePascalCase() {
        assertEquals("BinaryAddition", DafnyNames.methodName("binary_addition"));
        assertEquals("BinaryAddition", DafnyNames.methodName("BinaryAddition"));
        assertEquals("ParityAll", DafnyNames.methodName("Parity_All"));
        assertEquals("Program3sum", DafnyNames.methodName("3sum"));
        assertEquals("Program", DafnyNames.methodName("--"));
        assertEquals("ORDINALProgram", DafnyNames.methodName("ORDINAL"));
    }
}
