package org.mips.emitters.dafny;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mips.emitters.dafny.DafnyExpressions.Computation;
import org.mips.emitters.dafny.DafnyExpressions.Local;
import org.mips.emitters.dafny.DafnySyntax.Printed;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.toolkit.source.LinePacker;
import org.mips.toolkit.source.ProgramDoc;
import org.mips.toolkit.source.ShallowParts;
import org.mips.toolkit.source.UpdateOrder;

/**
 * Lays out the Dafny file for one program: a comment with the program itself, then a method from the
 * input sequences to the output sequences, whose contract states the inputs' ranges and that every
 * output has one value per step, and the method of one step that its loop calls. Only executable methods, no {@code function method}, so the file is
 * valid in Dafny 2.3 and in Dafny 4. One instance writes one file.
 */
final class DafnyMethodWriter {

    private static final int LINE = 100;

    /**
     * The deepest expression computed in one statement: Dafny 2.3 fails on a chain of about 19 nested
     * subtractions in a loop body, so deeper expressions are computed in parts ({@link ShallowParts}).
     */
    static final int DEPTH = 12;
    private static final String INDENT = "  ";
    private static final String BODY = INDENT + INDENT;

    private final Program program;
    private final DafnyNames names;
    private final String method;
    /** How many locals {@link #local} has numbered. */
    private int numbered;
    private final String index;
    private final Map<String, String> steps = new LinkedHashMap<>();
    /** The step method's parameters that carry each state variable's value before the step. */
    private final Map<String, String> before = new LinkedHashMap<>();
    /** Each output's value at a step. */
    private final Map<String, String> outputSteps = new LinkedHashMap<>();
    private final String stepMethod;

    DafnyMethodWriter(Program program) {
        this.program = program;
        this.names = new DafnyNames(program);
        this.method = names.fresh(DafnyNames.methodName(program.name()), DafnyMain.NAMES);
        this.index = names.fresh("t");
        for (Input input : program.inputs()) {
            steps.put(input.name(), names.fresh(input.name() + "_t"));
        }
        for (StateVariable state : program.state()) {
            before.put(state.name(), names.fresh(state.name() + "_before"));
        }
        for (Output output : program.outputs()) {
            outputSteps.put(output.name(), names.fresh(output.name() + "_t"));
        }
        this.stepMethod = names.fresh(method + "Step", DafnyMain.NAMES);
    }

    /** The method's name, which is also the file's entry point. */
    String method() {
        return method;
    }

    String write() {
        StringBuilder out = new StringBuilder();
        writeHeader(out);
        out.append('\n');
        writeMethod(out);
        out.append('\n');
        writeStep(out);
        return out.toString();
    }

    /** The program in mips's own formula syntax, so that a reader can compare it with the Dafny. */
    private void writeHeader(StringBuilder out) {
        comment(out, "", method + ": a step program written out by mips.");
        out.append("//\n");
        comment(out, "", "The program, in mips's formula syntax (// and % round toward negative infinity, "
                + "division by 0 gives 0 and x % 0 gives x, ^ is logical xor, truth values are 0 and 1):");
        program.inputs().forEach(i -> comment(out, "  ", "input " + i.name() + " in " + i.min() + ".." + i.max()));
        program.state().forEach(s -> comment(out, "  ", "state " + s.name() + ", initially " + s.initial()
                + ", becomes " + ExprSyntax.format(s.next())));
        program.outputs().forEach(o -> comment(out, "  ", "output " + o.name() + " = " + ExprSyntax.format(o.value())));
        comment(out, "", "At every step all state variables take their new values at once, then the outputs "
                + "are read from the new state. Dafny's integers are unbounded, so the methods below compute "
                + "what the program computes wherever the program is defined (no step overflows 64 bits).");
        Map<String, String> renamed = names.renamed();
        if (!renamed.isEmpty()) {
            comment(out, "", "Renamed for Dafny: " + renamed.entrySet().stream()
                    .map(e -> e.getKey() + " is " + e.getValue()).collect(Collectors.joining(", ")) + ".");
        }
    }

    private void writeMethod(StringBuilder out) {
        List<String> inputs = program.inputs().stream().map(i -> names.of(i.name())).toList();
        List<String> outputs = program.outputs().stream().map(o -> names.of(o.name())).toList();
        String first = inputs.get(0);
        comment(out, "", "Returns " + String.join(", ", outputs) + " for each step of " + ProgramDoc.inputs(program, names.scope()) + ".");
        out.append("method ").append(method).append('(')
                .append(inputs.stream().map(i -> i + ": seq<int>").collect(Collectors.joining(", ")))
                .append(") returns (")
                .append(outputs.stream().map(o -> o + ": seq<int>").collect(Collectors.joining(", ")))
                .append(")\n");
        for (String input : inputs.subList(1, inputs.size())) {
            out.append(INDENT).append("requires |").append(input).append("| == |").append(first).append("|\n");
        }
        for (Input input : program.inputs()) {
            String name = names.of(input.name());
            out.append(INDENT).append("requires forall ").append(index).append(" :: 0 <= ").append(index)
                    .append(" < |").append(name).append("| ==> ").append(DafnySyntax.literal(input.min()).text())
                    .append(" <= ").append(name).append('[').append(index).append("] <= ")
                    .append(DafnySyntax.literal(input.max()).text()).append('\n');
        }
        outputs.forEach(o -> out.append(INDENT).append("ensures |").append(o).append("| == |").append(first).append("|\n"));
        out.append("{\n");
        for (StateVariable s : program.state()) {
            out.append(INDENT).append("var ").append(names.of(s.name())).append(": int := ")
                    .append(DafnySyntax.literal(s.initial()).text()).append(";\n");
        }
        outputs.forEach(o -> out.append(INDENT).append(o).append(" := [];\n"));
        out.append(INDENT).append("var ").append(index).append(" := 0;\n");
        out.append(INDENT).append("while ").append(index).append(" < |").append(first).append("|\n");
        out.append(BODY).append("invariant 0 <= ").append(index).append(" <= |").append(first).append("|\n");
        outputs.forEach(o -> out.append(BODY).append("invariant |").append(o).append("| == ").append(index).append('\n'));
        out.append(INDENT).append("{\n");
        List<String> body = new ArrayList<>();
        for (Input input : program.inputs()) {
            body.add("var " + steps.get(input.name()) + " := " + names.of(input.name()) + "[" + index + "];");
        }
        List<String> states = program.state().stream().map(s -> names.of(s.name())).toList();
        List<String> results = new ArrayList<>(states);
        results.addAll(outputSteps.values());
        body.add("var " + outputSteps.values().stream().map(output -> output + ": int").collect(Collectors.joining(", ")) + ";");
        List<String> arguments = new ArrayList<>(steps.values());
        arguments.addAll(states);
        body.add(String.join(", ", results) + " := " + stepMethod + "(" + String.join(", ", arguments) + ");");
        for (Output o : program.outputs()) {
            String name = names.of(o.name());
            body.add(name + " := " + name + " + [" + outputSteps.get(o.name()) + "];");
        }
        body.add(index + " := " + index + " + 1;");
        body.forEach(line -> out.append(BODY).append(line).append('\n'));
        out.append(INDENT).append("}\n");
        out.append("}\n");
    }

    /**
     * One step, in a method of its own: the new state from the step's inputs and the state before, then the outputs
     * from the new state. Not in the loop's body because Dafny 2.3's resolver takes time that grows much faster than
     * the body when a loop's body declares many locals (a program at the nesting limit declares hundreds: 75 s in a
     * loop, 1 s here).
     */
    private void writeStep(StringBuilder out) {
        List<String> parameters = new ArrayList<>();
        steps.values().forEach(step -> parameters.add(step + ": int"));
        before.values().forEach(state -> parameters.add(state + ": int"));
        List<String> results = new ArrayList<>();
        program.state().forEach(s -> results.add(names.of(s.name()) + ": int"));
        outputSteps.values().forEach(output -> results.add(output + ": int"));
        comment(out, "", "One step of " + method + ": the new state from the inputs and the state before, then the outputs.");
        out.append("method ").append(stepMethod).append('(').append(String.join(", ", parameters)).append(") returns (")
                .append(String.join(", ", results)).append(")\n{\n");
        List<String> body = new ArrayList<>();
        program.state().forEach(s -> body.add(names.of(s.name()) + " := " + before.get(s.name()) + ";"));
        body.addAll(update());
        for (Output o : program.outputs()) {
            Computation value = compute(o.value());
            body.addAll(declarations(List.of(value)));
            body.addAll(statement(outputSteps.get(o.name()) + " := ", List.of(value.value()), ";"));
        }
        body.forEach(line -> out.append(INDENT).append(line).append('\n'));
        out.append("}\n");
    }

    /**
     * The simultaneous state update: plain assignments in an order that reads only old values, and one
     * parallel assignment (which Dafny evaluates before assigning) for variables that read each other
     * in a cycle. The locals an assignment reads are declared just before it, from the same values.
     */
    private List<String> update() {
        List<String> lines = new ArrayList<>();
        for (List<StateVariable> group : UpdateOrder.groups(program)) {
            String targets = group.stream().map(s -> names.of(s.name())).collect(Collectors.joining(", "));
            List<Computation> values = group.stream().map(s -> compute(s.next())).toList();
            lines.addAll(declarations(values));
            lines.addAll(statement(targets + " := ", values.stream().map(Computation::value).toList(), ";"));
        }
        return lines;
    }

    private static List<String> declarations(List<Computation> computations) {
        List<String> lines = new ArrayList<>();
        for (Computation computation : computations) {
            for (Local local : computation.locals()) {
                lines.addAll(statement("var " + local.name() + " := ", List.of(local.value()), ";"));
            }
        }
        return lines;
    }

    /**
     * {@code start values end} on one line if it fits; else {@code start} alone and the values' pieces
     * filling the lines below it. Dafny ignores line breaks, so any break between pieces is valid.
     */
    private static List<String> statement(String start, List<Printed> values, String end) {
        // In a list of several values a conditional reads better in parentheses.
        int level = values.size() > 1 ? DafnySyntax.LOGIC : DafnySyntax.LET;
        String line = start + values.stream().map(v -> v.at(level)).collect(Collectors.joining(", ")) + end;
        if (BODY.length() + line.length() <= LINE) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            Printed value = values.get(v);
            List<String> own = new ArrayList<>(value.precedence() >= level ? value.pieces() : List.of(value.at(level)));
            if (v < values.size() - 1) {
                own.set(own.size() - 1, own.get(own.size() - 1) + ",");
            }
            pieces.addAll(own);
        }
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + end);
        List<String> lines = new ArrayList<>();
        lines.add(start.stripTrailing());
        LinePacker.pack(pieces, LINE - BODY.length() - INDENT.length()).forEach(part -> lines.add(INDENT + part));
        return lines;
    }

    /** {@code expr} as locals and a value, a deep one ({@link #DEPTH}) computed in parts. */
    private Computation compute(Expr expr) {
        ShallowParts split = ShallowParts.of(expr, DEPTH, i -> names.fresh("part" + i));
        Set<String> parts = split.parts().stream().map(ShallowParts.Part::name).collect(Collectors.toSet());
        Function<String, String> variable = name -> parts.contains(name) ? name : steps.containsKey(name) ? steps.get(name) : names.of(name);
        List<Local> locals = new ArrayList<>();
        for (ShallowParts.Part part : split.parts()) {
            Computation computed = DafnyExpressions.compute(part.value(), variable, this::local);
            locals.addAll(computed.locals());
            locals.add(new Local(part.name(), computed.value()));
        }
        Computation root = DafnyExpressions.compute(split.root(), variable, this::local);
        locals.addAll(root.locals());
        return new Computation(locals, root.value());
    }

    /**
     * A fresh name for a local. A name taken many times would grow an underscore per use, past what
     * Dafny's C# compiler accepts (512 characters) in a deep program; such a name is numbered instead.
     */
    private String local(String base) {
        String name = names.fresh(base);
        return name.length() <= base.length() + 3 ? name : names.fresh(base + "_" + ++numbered);
    }

    /** {@code text} as {@code //} comment lines, continued lines indented a little further. */
    private static void comment(StringBuilder out, String indent, String text) {
        List<String> lines = LinePacker.pack(List.of(text.split(" ")), LINE - 3 - indent.length(), LINE - 7 - indent.length());
        for (int i = 0; i < lines.size(); i++) {
            out.append("// ").append(indent).append(i == 0 ? "" : "    ").append(lines.get(i)).append('\n');
        }
    }
}
