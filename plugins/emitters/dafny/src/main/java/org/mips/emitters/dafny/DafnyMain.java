package org.mips.emitters.dafny;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;

/**
 * Writes the {@code main.dfy} that runs an emitted method on given input sequences. Dafny 2.3 cannot
 * read standard input, so the sequences are literals in the file, one {@code seq<seq<int>>} per input.
 *
 * <p>Each call goes through {@code RunOne}, which tests the method's precondition at run time: Dafny then
 * proves the call once, whereas proving hundreds of calls on literals takes minutes. Between the
 * {@link #BEGIN} and {@link #END} lines it prints one line per sequence in the {@code SequenceText}
 * format: steps separated by spaces, the outputs of a step by commas.
 */
final class DafnyMain {

    static final String FILE = "main.dfy";
    /** Method names of this file, which the emitted method must not take. */
    static final Set<String> NAMES = Set.of("Main", "RunOne");
    static final String BEGIN = "mips: outputs";
    static final String END = "mips: end";
    static final String OUTSIDE = "mips: an input is outside the method's precondition";

    private DafnyMain() {
    }

    /**
     * @param method   the emitted method's name
     * @param fileName the file that declares it, included from here
     * @param inputs   {@code inputs.get(n)[t][i]}: input {@code i} at step {@code t} of sequence {@code n}
     */
    static String write(Program program, String method, String fileName, List<long[][]> inputs) {
        int width = program.inputs().size();
        int outputs = program.outputs().size();
        List<String> xs = IntStream.range(0, width).mapToObj(i -> "x" + i).toList();
        List<String> ys = IntStream.range(0, outputs).mapToObj(k -> "y" + k).toList();
        StringBuilder out = new StringBuilder();
        out.append("include \"").append(fileName).append("\"\n\n");
        out.append("// Runs ").append(method).append(" on ").append(inputs.size())
                .append(" sequences and prints the outputs of each on one line.\n");
        out.append("method Main() {\n");
        for (int i = 0; i < width; i++) {
            int input = i;
            out.append("  var xs").append(i).append(": seq<seq<int>> := [\n");
            out.append(inputs.stream().map(sequence -> "    [" + Arrays.stream(sequence)
                            .map(step -> Long.toString(step[input])).collect(Collectors.joining(", ")) + "]")
                    .collect(Collectors.joining(",\n")));
            out.append(inputs.isEmpty() ? "  ];\n" : "\n  ];\n");
        }
        out.append("  print \"").append(BEGIN).append("\\n\";\n");
        out.append("  var n := 0;\n");
        out.append("  while ").append(IntStream.range(0, width).mapToObj(i -> "n < |xs" + i + "|")
                .collect(Collectors.joining(" && "))).append(" {\n");
        out.append("    RunOne(").append(IntStream.range(0, width).mapToObj(i -> "xs" + i + "[n]")
                .collect(Collectors.joining(", "))).append(");\n");
        out.append("    n := n + 1;\n");
        out.append("  }\n");
        out.append("  print \"").append(END).append("\\n\";\n");
        out.append("}\n\n");
        out.append("method RunOne(").append(xs.stream().map(x -> x + ": seq<int>").collect(Collectors.joining(", ")))
                .append(") {\n");
        out.append("  if ").append(precondition(program, xs)).append(" {\n");
        out.append("    var ").append(String.join(", ", ys)).append(" := ").append(method).append('(')
                .append(String.join(", ", xs)).append(");\n");
        out.append("    var t := 0;\n");
        out.append("    while t < |x0|\n");
        out.append("      invariant 0 <= t\n");
        out.append("    {\n");
        out.append("      if t > 0 {\n        print \" \";\n      }\n");
        out.append("      print ").append(ys.stream().map(y -> y + "[t]").collect(Collectors.joining(", \",\", ")))
                .append(";\n");
        out.append("      t := t + 1;\n");
        out.append("    }\n");
        out.append("    print \"\\n\";\n");
        out.append("  } else {\n");
        out.append("    print \"").append(OUTSIDE).append("\\n\";\n");
        out.append("  }\n");
        out.append("}\n");
        return out.toString();
    }

    /** The emitted method's {@code requires} as a compiled test on the parameters {@code xs}. */
    private static String precondition(Program program, List<String> xs) {
        StringBuilder test = new StringBuilder();
        for (int i = 1; i < xs.size(); i++) {
            test.append('|').append(xs.get(i)).append("| == |").append(xs.get(0)).append("| && ");
        }
        for (int i = 0; i < xs.size(); i++) {
            Input input = program.inputs().get(i);
            String x = xs.get(i);
            test.append("(forall t | 0 <= t < |").append(x).append("| :: ")
                    .append(DafnySyntax.literal(input.min()).text()).append(" <= ").append(x).append("[t] <= ")
                    .append(DafnySyntax.literal(input.max()).text()).append(')')
                    .append(i < xs.size() - 1 ? " && " : "");
        }
        return test.toString();
    }
}
