package org.mips.core.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.mips.spi.program.Input;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;

/**
 * A program seen as a step machine whose state can be read between steps, which the interpreter's
 * {@code run} hides: the simulation search needs both machines' states side by side.
 */
final class StepMachine {

    private final long[] initial;
    private final List<ToLongFunction<long[]>> next = new ArrayList<>();
    private final List<ToLongFunction<long[]>> outputs = new ArrayList<>();
    private final int inputs;

    StepMachine(Program program) {
        List<String> env = new ArrayList<>();
        program.inputs().stream().map(Input::name).forEach(env::add);
        program.state().stream().map(StateVariable::name).forEach(env::add);
        inputs = program.inputs().size();
        initial = program.state().stream().mapToLong(StateVariable::initial).toArray();
        program.state().forEach(s -> next.add(Interpreter.compile(s.next(), env)));
        program.outputs().forEach(o -> outputs.add(Interpreter.compile(o.value(), env)));
    }

    long[] initial() {
        return initial.clone();
    }

    long[] step(long[] state, long[] x) {
        long[] env = env(state, x);
        long[] out = new long[next.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = next.get(i).applyAsLong(env);
        }
        return out;
    }

    /** The outputs of the updated {@code state} on the step's inputs {@code x}. */
    long[] output(long[] state, long[] x) {
        long[] env = env(state, x);
        long[] out = new long[outputs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = outputs.get(k).applyAsLong(env);
        }
        return out;
    }

    private long[] env(long[] state, long[] x) {
        long[] env = new long[inputs + state.length];
        System.arraycopy(x, 0, env, 0, inputs);
        System.arraycopy(state, 0, env, inputs, state.length);
        return env;
    }
}
