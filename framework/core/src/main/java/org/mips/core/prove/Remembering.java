package org.mips.core.prove;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

/**
 * The specification with extra state variables that remember its last inputs and last outputs (0 before
 * the first step) and count its steps up to a cap. They change nothing it computes, but a program may keep
 * exactly those (a network that stores its current input and output does, and a machine may keep its
 * start state apart from a state that behaves the same), and then no function of the specification's own
 * state gives the program's state.
 */
final class Remembering {

    private Remembering() {
    }

    /** The largest step count remembered: a start phase longer than this is not looked for. */
    static final int MAX_STEPS = 8;

    /**
     * {@code specification} with one {@code last_<name>} variable per input and output appended, then
     * {@code steps}, the number of steps taken capped at {@code cap}.
     */
    static Program of(Program specification, int cap) {
        Set<String> taken = new HashSet<>();
        specification.inputs().forEach(i -> taken.add(i.name()));
        specification.state().forEach(s -> taken.add(s.name()));
        specification.outputs().forEach(o -> taken.add(o.name()));
        Map<String, Expr> updated = new HashMap<>();
        specification.state().forEach(s -> updated.put(s.name(), s.next()));
        List<StateVariable> state = new ArrayList<>(specification.state());
        for (Input input : specification.inputs()) {
            state.add(new StateVariable(fresh("last_" + input.name(), taken), 0, Expr.var(input.name())));
        }
        for (Output output : specification.outputs()) {
            // Outputs read the updated state, so the remembered output is the output of the next state.
            state.add(new StateVariable(fresh("last_" + output.name(), taken), 0, Substitution.apply(output.value(), updated)));
        }
        String steps = fresh("steps", taken);
        state.add(new StateVariable(steps, 0, Expr.binary(BinaryOp.MIN, Expr.binary(BinaryOp.ADD, Expr.var(steps), Expr.constant(1)),
                Expr.constant(cap))));
        return new Program(specification.name(), specification.inputs(), state, specification.outputs());
    }

    /** {@code remembering} without the remembered variables that no expression of {@code used} reads. */
    static Program keepOnly(Program remembering, int original, Set<String> used) {
        List<StateVariable> state = new ArrayList<>(remembering.state().subList(0, original));
        for (StateVariable s : remembering.state().subList(original, remembering.state().size())) {
            if (used.contains(s.name())) {
                state.add(s);
            }
        }
        return new Program(remembering.name(), remembering.inputs(), state, remembering.outputs());
    }

    private static String fresh(String name, Set<String> taken) {
        String candidate = name;
        for (int k = 2; !taken.add(candidate); k++) {
            candidate = name + "_" + k;
        }
        return candidate;
    }
}
