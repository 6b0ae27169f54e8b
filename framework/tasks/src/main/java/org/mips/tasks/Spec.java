package org.mips.tasks;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.prove.Property;

/**
 * Writes a task's specification as a {@link Program} with formulas in {@link ExprSyntax}, and the
 * {@link Property}s it has beyond the outputs it computes.
 */
final class Spec {

    private final String name;
    private final List<Input> inputs = new ArrayList<>();
    private final List<StateVariable> state = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();
    private final List<Property> properties = new ArrayList<>();

    private Spec(String name) {
        this.name = name;
    }

    static Spec program(String name) {
        return new Spec(name);
    }

    Spec input(String input, long min, long max) {
        inputs.add(new Input(input, min, max));
        return this;
    }

    Spec state(String variable, long initial, String next) {
        state.add(new StateVariable(variable, initial, ExprSyntax.parse(next)));
        return this;
    }

    /**
     * A shift register {@code lag0 .. lag(n-1)} over {@code input}: after step {@code t},
     * {@code lag}k holds the input of step {@code t - k} (0 before the start).
     */
    Spec delayLine(String input, int n) {
        for (int k = 0; k < n; k++) {
            state("lag" + k, 0, k == 0 ? input : "lag" + (k - 1));
        }
        return this;
    }

    Spec output(String output, String value) {
        outputs.add(new Output(output, ExprSyntax.parse(value)));
        return this;
    }

    /** A theorem the specification satisfies, for a prover to prove of the programs that refine it. */
    Spec property(Property property) {
        properties.add(property);
        return this;
    }

    List<Property> properties() {
        return List.copyOf(properties);
    }

    Program build() {
        return new Program(name, inputs, state, outputs);
    }
}
