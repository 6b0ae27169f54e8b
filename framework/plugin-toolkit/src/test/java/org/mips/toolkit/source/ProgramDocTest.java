package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;

class ProgramDocTest {

    private static String inputs(String... names) {
        List<Input> inputs = Arrays.stream(names).map(name -> new Input(name, -1, 2)).toList();
        Program program = new Program("p", inputs, List.of(), List.of(new Output("y", Expr.var(names[0]))));
        return ProgramDoc.inputs(program, new NameScope(program, Set.of("in")::contains));
    }

    @Test
    void inputsAreAnEnglishListOfNamesInTheCodeWithTheirRanges() {
        assertEquals("x (-1..2)", inputs("x"));
        assertEquals("x (-1..2) and in_ (-1..2)", inputs("x", "in"));
        assertEquals("a (-1..2), b (-1..2) and c (-1..2)", inputs("a", "b", "c"));
    }
}
