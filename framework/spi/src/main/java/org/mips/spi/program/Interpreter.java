package org.mips.spi.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The reference semantics of a {@link Program} (see its Javadoc), compiled once into a tree of
 * closures so that evaluating millions of steps costs no map lookups. Instances are immutable and
 * thread-safe.
 */
public final class Interpreter {

    /** A compiled expression, reading the environment {@code [inputs..., state...]}. */
    @FunctionalInterface
    private interface Node {
        long eval(long[] env);
    }

    private final int inputCount;
    private final long[] initial;
    private final Node[] next;
    private final Node[] outputs;
    /** What each of {@code next} and {@code outputs} computes, to say where an overflow happens. */
    private final String[] nextNames;
    private final String[] outputNames;

    private Interpreter(Program program) {
        Map<String, Integer> slots = new HashMap<>();
        List<Input> inputs = program.inputs();
        List<StateVariable> state = program.state();
        for (int i = 0; i < inputs.size(); i++) {
            slots.put(inputs.get(i).name(), i);
        }
        for (int i = 0; i < state.size(); i++) {
            slots.put(state.get(i).name(), inputs.size() + i);
        }
        Compiler compiler = new Compiler(slots);
        this.inputCount = inputs.size();
        this.initial = state.stream().mapToLong(StateVariable::initial).toArray();
        this.next = state.stream().map(s -> s.next().accept(compiler)).toArray(Node[]::new);
        this.outputs = program.outputs().stream().map(o -> o.value().accept(compiler)).toArray(Node[]::new);
        this.nextNames = state.stream().map(s -> "state variable '" + s.name() + "'").toArray(String[]::new);
        this.outputNames = program.outputs().stream().map(o -> "output '" + o.name() + "'").toArray(String[]::new);
    }

    public static Interpreter of(Program program) {
        return new Interpreter(program);
    }

    /**
     * One expression compiled alone, for checking a formula on rows: {@code apply(values)} evaluates
     * {@code expr} with {@code variables.get(i)} bound to {@code values[i]}, with the semantics of
     * {@link Arithmetic}.
     *
     * @throws IllegalArgumentException if {@code expr} reads a variable not in {@code variables}
     */
    public static ToLongFunction<long[]> compile(Expr expr, List<String> variables) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            slots.put(variables.get(i), i);
        }
        Node node = expr.accept(new Compiler(slots));
        return node::eval;
    }

    /**
     * Runs one sequence.
     *
     * @param xs {@code xs[t][i]}: input {@code i} at step {@code t}; each row has one value per input
     * @return {@code ys[t][k]}: output {@code k} at step {@code t}
     * @throws EvaluationException if an operation overflows 64 bits, naming the state variable or
     *         output and the step
     */
    public long[][] run(long[][] xs) {
        long[] env = new long[inputCount + initial.length];
        long[] updated = new long[initial.length];
        System.arraycopy(initial, 0, env, inputCount, initial.length);
        long[][] ys = new long[xs.length][outputs.length];
        for (int t = 0; t < xs.length; t++) {
            if (xs[t].length != inputCount) {
                throw new IllegalArgumentException("step " + t + " has " + xs[t].length
                        + " input values but the program has " + inputCount + " inputs");
            }
            System.arraycopy(xs[t], 0, env, 0, inputCount);
            for (int s = 0; s < next.length; s++) {
                updated[s] = eval(next[s], env, nextNames[s], t);
            }
            System.arraycopy(updated, 0, env, inputCount, updated.length);
            for (int k = 0; k < outputs.length; k++) {
                ys[t][k] = eval(outputs[k], env, outputNames[k], t);
            }
        }
        return ys;
    }

    private static long eval(Node node, long[] env, String where, int step) {
        try {
            return node.eval(env);
        } catch (EvaluationException e) {
            throw e.at(where, step);
        }
    }

    /** Turns expressions into closures; slots map variable names to environment positions. */
    private record Compiler(Map<String, Integer> slots) implements Expr.Visitor<Node> {

        @Override
        public Node visitConst(Expr.Const c) {
            long value = c.value();
            return env -> value;
        }

        @Override
        public Node visitVar(Expr.Var v) {
            Integer slot = slots.get(v.name());
            if (slot == null) {
                throw new IllegalArgumentException("undeclared variable '" + v.name() + "'");
            }
            int index = slot;
            return env -> env[index];
        }

        @Override
        public Node visitUnary(Expr.Unary u) {
            UnaryOp op = u.op();
            Node operand = u.operand().accept(this);
            return env -> Arithmetic.apply(op, operand.eval(env));
        }

        @Override
        public Node visitBinary(Expr.Binary b) {
            BinaryOp op = b.op();
            Node left = b.left().accept(this);
            Node right = b.right().accept(this);
            return env -> Arithmetic.apply(op, left.eval(env), right.eval(env));
        }

        @Override
        public Node visitIf(Expr.If i) {
            Node condition = i.condition().accept(this);
            Node then = i.then().accept(this);
            Node otherwise = i.otherwise().accept(this);
            return env -> Arithmetic.truth(condition.eval(env)) ? then.eval(env) : otherwise.eval(env);
        }

        @Override
        public Node visitLookup(Expr.Lookup l) {
            Node[] keys = l.keys().stream().map(k -> k.accept(this)).toArray(Node[]::new);
            Map<List<Long>, Long> table = new HashMap<>();
            l.entries().forEach(e -> table.put(e.key(), e.value()));
            long otherwise = l.otherwise();
            return env -> {
                Long[] key = new Long[keys.length];
                for (int k = 0; k < keys.length; k++) {
                    key[k] = keys[k].eval(env);
                }
                return table.getOrDefault(List.of(key), otherwise);
            };
        }
    }
}
