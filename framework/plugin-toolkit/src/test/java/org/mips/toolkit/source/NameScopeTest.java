package org.mips.toolkit.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

class NameScopeTest {

    private static final Set<String> RESERVED = Set.of("class", "len", "t");

    /** Inputs {@code class} and {@code class_}, state {@code len}, output {@code y}. */
    private static final Program PROGRAM = new Program("p",
            List.of(new Input("class", 0, 1), new Input("class_", 0, 1)),
            List.of(new StateVariable("len", 0, Expr.var("class"))),
            List.of(new Output("y", Expr.var("len"))));

    private final NameScope names = new NameScope(PROGRAM, RESERVED::contains);

    @Test
    void programNamesKeepTheirSpellingUnlessReserved() {
        assertEquals("class_", names.of("class_"), "claimed before class was renamed");
        assertEquals(List.of("class__", "len_", "y"), List.of(names.of("class"), names.of("len"), names.of("y")));
    }

    @Test
    void freshNamesAvoidReservedAndTakenNames() {
        List<String> claimed = List.of(names.fresh("t"), names.fresh("t"), names.fresh("y"), names.fresh("ys"),
                names.fresh("main", Set.of("main", "main_")));

        assertEquals(List.of("t_", "t__", "y_", "ys", "main__"), claimed);
    }

    @Test
    void anUndeclaredNameIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> names.of("z"));
    }

    @Test
    void aNameNoUnderscoreCanMendIsMadeLegalFirst() {
        NameScope dafnyLike = new NameScope(PROGRAM, name -> RESERVED.contains(name) || name.startsWith("_"),
                name -> name.replaceFirst("^_+", ""));

        assertEquals(List.of("class__", "class_"), List.of(dafnyLike.of("class"), dafnyLike.of("class_")));
        assertEquals(List.of("k", "k_", "t_"), List.of(dafnyLike.fresh("_k"), dafnyLike.fresh("__k"), dafnyLike.fresh("_t")));
    }
}
