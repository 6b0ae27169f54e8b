package org.mips.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.regress.RegressionProblem;

/**
 * Judges a regressor's formula with the SPI's reference {@link Interpreter}, independently of the
 * regressor: the formula becomes the only output of a memoryless program over the problem's variables
 * (which must be identifiers), and each row runs as a one-step sequence.
 */
public final class FormulaCheck {

    private FormulaCheck() {
    }

    /** Why {@code formula} fails on {@code problem}, or empty if it gives the target on every row. */
    public static Optional<String> firstFailure(Expr formula, RegressionProblem problem) {
        Set<String> declared = new HashSet<>(problem.variables());
        for (String read : formula.variables()) {
            if (!declared.contains(read)) {
                return Optional.of(ExprSyntax.format(formula) + " reads '" + read + "', not a variable of the problem");
            }
        }
        if (problem.rows().length == 0) {
            return Optional.empty();
        }
        Interpreter interpreter = Interpreter.of(program(formula, problem));
        for (int r = 0; r < problem.rows().length; r++) {
            long[] row = problem.variables().isEmpty() ? new long[] {0} : problem.rows()[r];
            long value;
            try {
                value = interpreter.run(new long[][] {row})[0][0];
            } catch (EvaluationException overflow) {
                return Optional.of(ExprSyntax.format(formula) + " overflows on row " + r + ": " + overflow.getMessage());
            }
            if (value != problem.targets()[r]) {
                return Optional.of(ExprSyntax.format(formula) + " gives " + value + " on row " + r + " where the target is "
                        + problem.targets()[r]);
            }
        }
        return Optional.empty();
    }

    private static Program program(Expr formula, RegressionProblem problem) {
        List<Input> inputs = new ArrayList<>();
        for (int c = 0; c < problem.variables().size(); c++) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long[] row : problem.rows()) {
                min = Math.min(min, row[c]);
                max = Math.max(max, row[c]);
            }
            inputs.add(new Input(problem.variables().get(c), min, max));
        }
        String output = unused("y", problem.variables());
        if (inputs.isEmpty()) {
            inputs.add(new Input(unused("unused", problem.variables()), 0, 0));
        }
        return new Program("formula_check", inputs, List.of(), List.of(new Output(output, formula)));
    }

    private static String unused(String name, List<String> taken) {
        String candidate = name;
        while (taken.contains(candidate)) {
            candidate += "_";
        }
        return candidate;
    }
}
