package org.mips.spi.encode;

import java.util.List;
import java.util.Objects;

/**
 * The values one column of a task takes, which an {@link Encoding} fits its code to.
 *
 * @param column names the column in messages, e.g. {@code input 0} or {@code output 1}
 * @param values the distinct values, strictly increasing: the task's alphabet for an input column, the
 *               values seen in the task's data for an output column
 * @param bounded whether the values are known not to grow with sequence length (a task's declared input
 *                alphabet); false for outputs read off data, whose range may grow on longer sequences
 */
public record ColumnValues(String column, List<Long> values, boolean bounded) {

    public ColumnValues {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                throw new IllegalArgumentException(column + ": values must be strictly increasing");
            }
        }
    }

    public int size() {
        return values.size();
    }
}
