package org.mips.core.regress;

import java.util.List;
import java.util.Optional;
import org.mips.spi.program.Program;

/**
 * The result of regression: one {@link Formula} per state variable and output, and the program when
 * every one of them fitted.
 */
public record Synthesis(List<Formula> formulas, Optional<Program> program) {
    public Synthesis {
        formulas = List.copyOf(formulas);
    }

    /** Why there is no program: the targets nothing fitted. */
    public String whyNone() {
        return "no regressor fitted " + String.join(", ", formulas.stream().filter(f -> !f.fitted()).map(Formula::target).toList());
    }
}
