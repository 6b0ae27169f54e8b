package org.mips.spi.regress;

import java.util.List;
import java.util.Objects;

/**
 * Rows of integer variables and the integer target a formula must reproduce on every row: one state
 * variable's update or one output.
 *
 * @param target    name of what is being fitted, e.g. {@code next_a} or {@code y}
 * @param variables names of the columns, usable as {@link org.mips.spi.program.Expr.Var}s
 * @param rows      {@code rows[r][c]}: value of variable {@code c} on row {@code r}
 * @param targets   {@code targets[r]}: the value to reproduce on row {@code r}
 */
public record RegressionProblem(String target, List<String> variables, long[][] rows, long[] targets) {
    public RegressionProblem {
        Objects.requireNonNull(target, "target");
        variables = List.copyOf(variables);
        if (rows.length != targets.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + targets.length + " targets");
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != variables.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values for "
                        + variables.size() + " variables");
            }
        }
    }
}
