package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A synthesized program: a step machine over integer sequences, the common input of every emitter.
 *
 * <p>Semantics, for input sequences of any length {@code T}:
 * <pre>
 *   state := initial values
 *   for t in 0 .. T-1:
 *       bind each input to its value at step t
 *       state := (next_1(state, inputs), ..., next_m(state, inputs))   -- simultaneously
 *       emit (output_1(state, inputs), ..., output_k(state, inputs))   -- from the updated state
 * </pre>
 * Expressions are evaluated by {@link Arithmetic}. {@link Interpreter} implements exactly this and is
 * the reference every emitted program is compared with.
 *
 * @param schemaVersion version of the JSON layout; 1 (the default when absent)
 * @param name          a name for the program, e.g. the task id; emitters derive function and class
 *                      names from it
 * @param inputs        input streams, in the order of the input vector {@code x_t}
 * @param state         state variables; may be empty for a memoryless program
 * @param outputs       output streams, in the order of the output vector {@code y_t}; at least one
 */
public record Program(
        @JsonProperty("schemaVersion") Integer schemaVersion,
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "inputs", required = true) List<Input> inputs,
        @JsonProperty("state") List<StateVariable> state,
        @JsonProperty(value = "outputs", required = true) List<Output> outputs) {

    /** The JSON layout this version reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * How deep an expression of a program may nest ({@link Expr#depth()}). Regressors write expressions a
     * few levels deep; 200 leaves room for any a person would read while keeping every consumer safe: the
     * JSON reader, interpreter, emitters and provers recurse once per level on a thread's default stack
     * (programs about 700 deep overflowed it), and the languages emitted to have limits of their own
     * (CPython refuses 200 nested parentheses), which emitters meet by splitting deep expressions.
     */
    public static final int MAX_DEPTH = 200;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Program {
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + schemaVersion
                    + " (this version of mips reads " + SCHEMA_VERSION + ")");
        }
        Objects.requireNonNull(name, "program: missing 'name'");
        if (name.isBlank()) {
            throw new IllegalArgumentException("program: 'name' is blank");
        }
        inputs = List.copyOf(Objects.requireNonNull(inputs, "program: missing 'inputs'"));
        state = state == null ? List.of() : List.copyOf(state);
        outputs = List.copyOf(Objects.requireNonNull(outputs, "program: missing 'outputs'"));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("program '" + name + "': 'inputs' is empty; a program reads at least one input");
        }
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("program '" + name + "': 'outputs' is empty; a program writes at least one output");
        }
        validateNames(inputs, state, outputs);
    }

    /** A program with the current schema version. */
    public Program(String name, List<Input> inputs, List<StateVariable> state, List<Output> outputs) {
        this(SCHEMA_VERSION, name, inputs, state, outputs);
    }

    /** Runs the program on one sequence: {@code inputs[t][i]} is input {@code i} at step {@code t}. */
    public long[][] run(long[][] inputs) {
        return Interpreter.of(this).run(inputs);
    }

    /** Index of the input with this name, or -1. */
    public int inputIndex(String inputName) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).name().equals(inputName)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the state variable with this name, or -1. */
    public int stateIndex(String variableName) {
        for (int i = 0; i < state.size(); i++) {
            if (state.get(i).name().equals(variableName)) {
                return i;
            }
        }
        return -1;
    }

    static void checkName(String name, String what) {
        if (name == null) {
            throw new IllegalArgumentException(what + ": missing 'name'");
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name '" + name
                    + "' is not an identifier (letters, digits and '_', not starting with a digit)");
        }
    }

    private static void validateNames(List<Input> inputs, List<StateVariable> state, List<Output> outputs) {
        Map<String, String> declared = new HashMap<>();
        inputs.forEach(i -> declare(declared, i.name(), "input"));
        state.forEach(s -> declare(declared, s.name(), "state variable"));
        outputs.forEach(o -> declare(declared, o.name(), "output"));
        for (StateVariable s : state) {
            checkDepth(s.next(), "state variable '" + s.name() + "'");
            checkReads(declared, s.next(), "state variable '" + s.name() + "'");
        }
        for (Output o : outputs) {
            checkDepth(o.value(), "output '" + o.name() + "'");
            checkReads(declared, o.value(), "output '" + o.name() + "'");
        }
    }

    private static void checkDepth(Expr expr, String where) {
        int depth = expr.depth();
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(tooDeep(where, depth));
        }
    }

    /** The one way a too deep expression is reported, wherever it is found. */
    public static String tooDeep(String where, int depth) {
        return "the expression of " + where + " nests " + depth + " levels deep; mips reads at most " + MAX_DEPTH;
    }

    private static void declare(Map<String, String> declared, String name, String what) {
        String previous = declared.putIfAbsent(name, what);
        if (previous != null) {
            throw new IllegalArgumentException("name '" + name + "' is declared twice (as " + previous + " and as " + what + ")");
        }
    }

    private static void checkReads(Map<String, String> declared, Expr expr, String where) {
        for (String read : expr.variables()) {
            String what = declared.get(read);
            if (what == null) {
                throw new IllegalArgumentException(where + " reads undeclared variable '" + read + "'");
            }
            if (what.equals("output")) {
                throw new IllegalArgumentException(where + " reads output '" + read
                        + "'; expressions may read only inputs and state variables");
            }
        }
    }
}
