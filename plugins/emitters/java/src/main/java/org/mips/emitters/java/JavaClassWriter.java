package org.mips.emitters.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.emitters.java.JavaExpressions.Printed;
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
 * Lays out the Java class for one program: {@code apply} over whole input arrays, the helpers and
 * tables it calls, and a {@code main} that runs it on stdin. One instance writes one class.
 */
final class JavaClassWriter {

    private static final int LINE = 100;
    private static final String INDENT = "    ";
    private static final String BODY = INDENT.repeat(3);
    private static final String CONTINUATION = INDENT.repeat(2);

    private final Program program;
    private final NameScope names;
    private final String className;
    private final boolean floorDiv;
    private final boolean floorMod;
    private final JavaTables tables;
    private final String step;
    private final JavaExpressions expressions;

    /**
     * The deepest expression written as one statement: javac, run in-process by the check, fails on
     * lookups nested 200 deep; deeper expressions are computed in parts ({@link ShallowParts}).
     */
    static final int DEPTH = 50;

    /** The locals that parts of deep expressions are computed into. */
    private final Set<String> parts = new HashSet<>();

    JavaClassWriter(Program program) {
        this.program = program;
        this.names = new NameScope(program, JavaNames::isReserved);
        this.className = JavaNames.className(program.name());
        List<Expr> nodes = ProgramAnalysis.expressions(program);
        this.floorDiv = nodes.stream().anyMatch(e -> helper(e, true));
        this.floorMod = nodes.stream().anyMatch(e -> helper(e, false));
        this.tables = new JavaTables(nodes.stream().filter(Expr.Lookup.class::isInstance).map(Expr.Lookup.class::cast).toList());
        this.step = names.fresh("t");
        Set<String> inputs = program.inputs().stream().map(Input::name).collect(Collectors.toSet());
        this.expressions = new JavaExpressions(
                name -> parts.contains(name) ? name : inputs.contains(name) ? names.of(name) + "[" + step + "]" : names.of(name),
                ProgramAnalysis.bitVariables(program), tables);
    }

    String className() {
        return className;
    }

    String write() {
        StringBuilder out = new StringBuilder();
        out.append("import java.io.BufferedReader;\nimport java.io.IOException;\nimport java.io.InputStreamReader;\n\n");
        out.append("/**\n * ").append(className).append(": a step program written out by mips.\n *\n")
                .append(" * <p>Values are {@code long}s with Java's own arithmetic, which wraps around on overflow;\n")
                .append(" * the program is defined only where no step overflows 64 bits, and there this class\n")
                .append(" * computes exactly what the program does.\n */\n");
        out.append("public final class ").append(className).append(" {\n\n");
        out.append(INDENT).append("private ").append(className).append("() {\n").append(INDENT).append("}\n\n");
        writeApply(out);
        if (floorDiv) {
            out.append("\n").append(INDENT).append("/** {@code a / b} rounded toward negative infinity; dividing by 0 gives 0. */\n")
                    .append(INDENT).append("private static long floorDiv(long a, long b) {\n")
                    .append(INDENT).append(INDENT).append("return b == 0 ? 0 : Math.floorDiv(a, b);\n")
                    .append(INDENT).append("}\n");
        }
        if (floorMod) {
            out.append("\n").append(INDENT).append("/** {@code a} modulo {@code b} with the sign of {@code b}; modulo 0 gives {@code a}. */\n")
                    .append(INDENT).append("private static long floorMod(long a, long b) {\n")
                    .append(INDENT).append(INDENT).append("return b == 0 ? a : Math.floorMod(a, b);\n")
                    .append(INDENT).append("}\n");
        }
        out.append(tables.methods());
        out.append('\n');
        writeMain(out);
        out.append("}\n");
        return out.toString();
    }

    private void writeApply(StringBuilder out) {
        boolean several = program.outputs().size() > 1;
        String type = several ? "long[][]" : "long[]";
        List<String> parameters = program.inputs().stream().map(i -> names.of(i.name())).toList();
        String result = names.fresh("ys");
        String first = parameters.get(0);
        javadoc(out, INDENT, "Returns " + outputsDescription() + " for each step of "
                + ProgramDoc.inputs(program, names) + ".");
        out.append(INDENT).append("public static ").append(type).append(" apply(")
                .append(parameters.stream().map(p -> "long[] " + p).collect(Collectors.joining(", "))).append(") {\n");
        String method = INDENT + INDENT;
        for (StateVariable s : program.state()) {
            out.append(method).append("long ").append(names.of(s.name())).append(" = ")
                    .append(JavaExpressions.literal(s.initial()).text()).append(";\n");
        }
        out.append(method).append(type).append(' ').append(result).append(" = new long[").append(first).append(".length]")
                .append(several ? "[]" : "").append(";\n");
        out.append(method).append("for (int ").append(step).append(" = 0; ").append(step).append(" < ").append(first)
                .append(".length; ").append(step).append("++) {\n");
        List<String> body = new ArrayList<>(update());
        List<String> values = new ArrayList<>();
        for (Output o : program.outputs()) {
            Printed value = expressions.value(o.value());
            if (o.value() instanceof Expr.Var) {
                values.add(value.text());
            } else {
                body.addAll(assignment("long " + names.of(o.name()) + " = ", o.value()));
                values.add(names.of(o.name()));
            }
        }
        String stored = several ? "new long[] {" + String.join(", ", values) + "}" : values.get(0);
        body.add(result + "[" + step + "] = " + stored + ";");
        body.forEach(line -> out.append(BODY).append(line).append('\n'));
        out.append(method).append("}\n");
        out.append(method).append("return ").append(result).append(";\n");
        out.append(INDENT).append("}\n");
    }

    /**
     * The simultaneous state update: plain assignments in an order that reads only old values, and
     * temporaries for variables that read each other in a cycle.
     */
    private List<String> update() {
        List<String> lines = new ArrayList<>();
        for (List<StateVariable> group : UpdateOrder.groups(program)) {
            if (group.size() == 1) {
                lines.addAll(assignment(names.of(group.get(0).name()) + " = ", group.get(0).next()));
                continue;
            }
            List<String> temporaries = group.stream().map(s -> names.fresh(JavaNames.next(s.name()))).toList();
            for (int i = 0; i < group.size(); i++) {
                lines.addAll(assignment("long " + temporaries.get(i) + " = ", group.get(i).next()));
            }
            for (int i = 0; i < group.size(); i++) {
                lines.add(names.of(group.get(i).name()) + " = " + temporaries.get(i) + ";");
            }
        }
        return lines;
    }

    /** {@code head value;}, the parts of a deep value ({@link #DEPTH}) first computed into locals. */
    private List<String> assignment(String head, Expr value) {
        ShallowParts split = ShallowParts.of(value, DEPTH, i -> names.fresh("part" + i));
        List<String> lines = new ArrayList<>();
        for (ShallowParts.Part part : split.parts()) {
            parts.add(part.name());
            lines.addAll(statement("long " + part.name() + " = ", expressions.value(part.value())));
        }
        lines.addAll(statement(head, expressions.value(split.root())));
        return lines;
    }

    /** {@code head value;} on one line, or broken before the operators of the value's outermost chain. */
    private static List<String> statement(String head, Printed value) {
        String line = head + value.text() + ";";
        if (BODY.length() + line.length() <= LINE || value.pieces().size() == 1) {
            return List.of(line);
        }
        List<String> lines = new ArrayList<>();
        int firstWidth = LINE - BODY.length() - head.length();
        int restWidth = LINE - BODY.length() - CONTINUATION.length();
        List<String> packed = LinePacker.pack(value.pieces(), firstWidth, restWidth);
        lines.add(head + packed.get(0));
        packed.subList(1, packed.size()).forEach(part -> lines.add(CONTINUATION + part));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ";");
        return lines;
    }

    private void writeMain(StringBuilder out) {
        int inputs = program.inputs().size();
        boolean several = program.outputs().size() > 1;
        String method = INDENT + INDENT;
        String loop = method + INDENT;
        String inner = loop + INDENT;
        javadoc(out, INDENT, "Reads one sequence per line from stdin (steps separated by spaces, the inputs of a step"
                + " by commas) and prints the outputs of each step the same way, one line per sequence.");
        out.append(INDENT).append("public static void main(String[] args) throws IOException {\n");
        out.append(method).append("BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n");
        out.append(method).append("StringBuilder out = new StringBuilder();\n");
        out.append(method).append("for (String line = in.readLine(); line != null; line = in.readLine()) {\n");
        out.append(loop).append("String[] steps = line.isBlank() ? new String[0] : line.strip().split(\"\\\\s+\");\n");
        out.append(loop).append("long[][] inputs = new long[").append(inputs).append("][steps.length];\n");
        out.append(loop).append("for (int t = 0; t < steps.length; t++) {\n");
        out.append(inner).append("String[] values = steps[t].split(\",\");\n");
        out.append(inner).append("for (int i = 0; i < inputs.length; i++) {\n");
        out.append(inner).append(INDENT).append("inputs[i][t] = Long.parseLong(values[i]);\n");
        out.append(inner).append("}\n");
        out.append(loop).append("}\n");
        String arguments = IntStream.range(0, inputs).mapToObj(i -> "inputs[" + i + "]").collect(Collectors.joining(", "));
        out.append(loop).append(several ? "long[][]" : "long[]").append(" outputs = apply(").append(arguments).append(");\n");
        out.append(loop).append("for (int t = 0; t < outputs.length; t++) {\n");
        if (several) {
            out.append(inner).append("for (int k = 0; k < outputs[t].length; k++) {\n");
            out.append(inner).append(INDENT).append("out.append(k > 0 ? \",\" : t > 0 ? \" \" : \"\").append(outputs[t][k]);\n");
            out.append(inner).append("}\n");
        } else {
            out.append(inner).append("out.append(t > 0 ? \" \" : \"\").append(outputs[t]);\n");
        }
        out.append(loop).append("}\n");
        out.append(loop).append("out.append('\\n');\n");
        out.append(method).append("}\n");
        out.append(method).append("System.out.print(out);\n");
        out.append(INDENT).append("}\n");
    }

    private static void javadoc(StringBuilder out, String indent, String text) {
        String oneLine = indent + "/** " + text + " */";
        if (oneLine.length() <= LINE) {
            out.append(oneLine).append('\n');
            return;
        }
        out.append(indent).append("/**\n");
        LinePacker.pack(List.of(text.split(" ")), LINE - indent.length() - 3)
                .forEach(line -> out.append(indent).append(" * ").append(line).append('\n'));
        out.append(indent).append(" */\n");
    }

    private String outputsDescription() {
        List<String> outputs = program.outputs().stream().map(o -> names.of(o.name())).toList();
        return outputs.size() == 1 ? outputs.get(0) : "{" + String.join(", ", outputs) + "}";
    }

    private static boolean helper(Expr e, boolean division) {
        return e instanceof Expr.Binary b && ProgramAnalysis.mayDivideByZero(b)
                && (b.op() == BinaryOp.FLOOR_DIV) == division;
    }
}
