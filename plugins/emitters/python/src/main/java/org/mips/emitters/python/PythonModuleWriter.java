package org.mips.emitters.python;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.emitters.python.PythonExpressions.Printed;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.toolkit.source.LinePacker;
import org.mips.toolkit.source.NameScope;
import org.mips.toolkit.source.ProgramAnalysis;
import org.mips.toolkit.source.ProgramDoc;
import org.mips.toolkit.source.ShallowParts;
import org.mips.toolkit.source.UpdateOrder;

/**
 * Lays out the Python module for one program: docstring, helpers and tables, the program as a function
 * over whole input sequences, and a {@code main} that runs it on stdin. One instance writes one module.
 */
final class PythonModuleWriter {

    private static final int LINE = 88;
    private static final String INDENT = "    ";
    private static final String BODY = INDENT + INDENT;

    /**
     * The deepest expression written as one statement: CPython refuses 200 nested brackets, and an IR
     * level prints at most two; deeper expressions are computed in parts ({@link ShallowParts}).
     */
    static final int DEPTH = 50;

    /** Module-level names {@code main} reads or binds; the program's function must not be one of them. */
    private static final Set<String> MAIN_NAMES = Set.of("sys", "main", "line", "steps", "step", "value",
            "outputs", "output");

    private final Program program;
    private final NameScope names;
    private final String function;
    private final Map<BinaryOp, String> helpers = new EnumMap<>(BinaryOp.class);
    private final PythonTables tables;
    private final Map<String, String> steps = new LinkedHashMap<>();
    private final PythonExpressions expressions;
    /** The temporaries that parts of deep expressions are computed into. */
    private final Set<String> parts = new HashSet<>();

    PythonModuleWriter(Program program) {
        this.program = program;
        this.names = new NameScope(program, PythonNames::isReserved);
        this.function = names.fresh(PythonNames.snakeCase(program.name()), MAIN_NAMES);
        List<Expr> nodes = ProgramAnalysis.expressions(program);
        for (BinaryOp op : List.of(BinaryOp.FLOOR_DIV, BinaryOp.FLOOR_MOD)) {
            if (nodes.stream().anyMatch(e -> e instanceof Expr.Binary b && b.op() == op && ProgramAnalysis.mayDivideByZero(b))) {
                helpers.put(op, names.fresh(op == BinaryOp.FLOOR_DIV ? "floor_div" : "floor_mod"));
            }
        }
        List<Expr.Lookup> lookups = nodes.stream().filter(Expr.Lookup.class::isInstance).map(Expr.Lookup.class::cast).toList();
        this.tables = new PythonTables(lookups, names);
        for (Input input : program.inputs()) {
            steps.put(input.name(), names.fresh(input.name() + "_t"));
        }
        this.expressions = new PythonExpressions(
                name -> parts.contains(name) ? name : steps.containsKey(name) ? steps.get(name) : names.of(name),
                ProgramAnalysis.bitVariables(program), tables, helpers);
    }

    /** The function's name, which is also the module's entry point. */
    String function() {
        return function;
    }

    String write() {
        StringBuilder out = new StringBuilder();
        out.append("\"\"\"").append(function).append(": a step program written out by mips.\"\"\"\n\n");
        out.append("import sys\n");
        if (!tables.isEmpty()) {
            out.append('\n').append(tables.definitions());
        }
        if (helpers.containsKey(BinaryOp.FLOOR_DIV)) {
            out.append("\n\ndef ").append(helpers.get(BinaryOp.FLOOR_DIV)).append("(a, b):\n")
                    .append(INDENT).append("\"\"\"a // b, except that dividing by 0 gives 0.\"\"\"\n")
                    .append(INDENT).append("return a // b if b != 0 else 0\n");
        }
        if (helpers.containsKey(BinaryOp.FLOOR_MOD)) {
            out.append("\n\ndef ").append(helpers.get(BinaryOp.FLOOR_MOD)).append("(a, b):\n")
                    .append(INDENT).append("\"\"\"a % b, except that a % 0 gives a.\"\"\"\n")
                    .append(INDENT).append("return a % b if b != 0 else a\n");
        }
        out.append("\n\n");
        writeFunction(out);
        out.append("\n\n");
        writeMain(out);
        out.append("\n\nif __name__ == \"__main__\":\n").append(INDENT).append("main()\n");
        return out.toString();
    }

    private void writeFunction(StringBuilder out) {
        List<String> parameters = program.inputs().stream().map(i -> names.of(i.name())).toList();
        String result = names.fresh("ys");
        out.append("def ").append(function).append('(').append(String.join(", ", parameters)).append("):\n");
        String summary = "\"\"\"Return " + outputsDescription() + " for each step of "
                + ProgramDoc.inputs(program, names) + ".\"\"\"";
        LinePacker.pack(List.of(summary.split(" ")), LINE - INDENT.length())
                .forEach(line -> out.append(INDENT).append(line).append('\n'));
        for (StateVariable s : program.state()) {
            out.append(INDENT).append(names.of(s.name())).append(" = ").append(s.initial()).append('\n');
        }
        out.append(INDENT).append(result).append(" = []\n");
        List<String> stepNames = List.copyOf(steps.values());
        if (parameters.size() == 1) {
            out.append(INDENT).append("for ").append(stepNames.get(0)).append(" in ").append(parameters.get(0)).append(":\n");
        } else {
            out.append(INDENT).append("for ").append(String.join(", ", stepNames)).append(" in zip(")
                    .append(String.join(", ", parameters)).append("):\n");
        }
        update().forEach(line -> out.append(BODY).append(line).append('\n'));
        List<String> values = new ArrayList<>();
        for (Output o : program.outputs()) {
            if (o.value() instanceof Expr.Var v) {
                values.add(expressions.print(v).text());
            } else {
                assignment(names.of(o.name()), o.value()).forEach(line -> out.append(BODY).append(line).append('\n'));
                values.add(names.of(o.name()));
            }
        }
        String appended = values.size() == 1 ? values.get(0) : "(" + String.join(", ", values) + ")";
        out.append(BODY).append(result).append(".append(").append(appended).append(")\n");
        out.append(INDENT).append("return ").append(result).append('\n');
    }

    /**
     * The simultaneous state update: plain assignments in an order that reads only old values, and for
     * variables that read each other in a cycle one tuple assignment, or temporaries if that line
     * would be too long.
     */
    private List<String> update() {
        List<String> lines = new ArrayList<>();
        for (List<StateVariable> group : UpdateOrder.groups(program)) {
            if (group.size() == 1) {
                lines.addAll(assignment(names.of(group.get(0).name()), group.get(0).next()));
                continue;
            }
            List<String> targets = group.stream().map(s -> names.of(s.name())).toList();
            String tuple = String.join(", ", targets) + " = "
                    + group.stream().map(s -> asInt(expressions.print(s.next()))).collect(Collectors.joining(", "));
            if (BODY.length() + tuple.length() <= LINE) {
                lines.add(tuple);
                continue;
            }
            List<String> temporaries = group.stream().map(s -> names.fresh("next_" + s.name())).toList();
            for (int i = 0; i < group.size(); i++) {
                lines.addAll(assignment(temporaries.get(i), group.get(i).next()));
            }
            for (int i = 0; i < group.size(); i++) {
                lines.add(targets.get(i) + " = " + temporaries.get(i));
            }
        }
        return lines;
    }

    /**
     * {@code target = value}, the parts of a deep value ({@link #DEPTH}) first computed into temporaries
     * named after the target.
     */
    private List<String> assignment(String target, Expr value) {
        ShallowParts split = ShallowParts.of(value, DEPTH, i -> names.fresh(target + "_part" + i));
        List<String> lines = new ArrayList<>();
        for (ShallowParts.Part part : split.parts()) {
            parts.add(part.name());
            lines.addAll(statement(part.name(), part.value()));
        }
        lines.addAll(statement(target, split.root()));
        return lines;
    }

    /**
     * {@code target = value} on one line, or, if that is too long, broken before the operators of the
     * value's outermost chain inside parentheses (Python continues lines inside brackets).
     */
    private List<String> statement(String target, Expr value) {
        Printed printed = expressions.print(value);
        String line = target + " = " + asInt(printed);
        if (BODY.length() + line.length() <= LINE || printed.pieces().size() == 1) {
            return List.of(line);
        }
        List<String> lines = new ArrayList<>();
        lines.add(target + " = " + (printed.bool() ? "int(" : "("));
        LinePacker.pack(printed.pieces(), LINE - BODY.length() - INDENT.length()).forEach(part -> lines.add(INDENT + part));
        lines.add(")");
        return lines;
    }

    /** Python {@code bool} is an {@code int}, but stored and returned values print as numbers. */
    private static String asInt(Printed printed) {
        return printed.bool() ? "int(" + printed.text() + ")" : printed.text();
    }

    private void writeMain(StringBuilder out) {
        int inputs = program.inputs().size();
        out.append("def main():\n");
        out.append(INDENT).append("\"\"\"Run ").append(function)
                .append(" on stdin: one sequence per line, steps separated by spaces\n")
                .append(INDENT).append("and the inputs of a step by commas; print the outputs of each sequence\n")
                .append(INDENT).append("on one line in the same format.\"\"\"\n");
        out.append(INDENT).append("for line in sys.stdin:\n");
        String call;
        if (inputs == 1) {
            out.append(BODY).append("steps = [int(value) for value in line.split()]\n");
            call = function + "(steps)";
        } else {
            out.append(BODY).append("steps = [[int(value) for value in step.split(\",\")] for step in line.split()]\n");
            call = function + "(" + IntStream.range(0, inputs)
                    .mapToObj(i -> "[step[" + i + "] for step in steps]")
                    .collect(Collectors.joining(", ")) + ")";
        }
        out.append(BODY).append("outputs = ").append(call).append('\n');
        if (program.outputs().size() == 1) {
            out.append(BODY).append("print(\" \".join(str(output) for output in outputs))\n");
        } else {
            out.append(BODY).append("print(\" \".join(\",\".join(map(str, output)) for output in outputs))\n");
        }
    }

    private String outputsDescription() {
        List<String> outputs = program.outputs().stream().map(o -> names.of(o.name())).toList();
        return outputs.size() == 1 ? outputs.get(0) : "(" + String.join(", ", outputs) + ")";
    }
}
