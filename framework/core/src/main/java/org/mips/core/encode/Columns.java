package org.mips.core.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/** The values each column of a task takes, which encodings are fitted to. */
public final class Columns {

    /** Distinct values counted per column at most; a column with more is reported as having this many and one. */
    static final int MAX_DISTINCT = 100_000;
    /** Fresh sequences at four times the data's length that show whether an output column's values grow with length. */
    private static final int LONGER_SEQUENCES = 256;

    private Columns() {
    }

    /** The input columns: the values the task's data holds, bounded (the alphabet does not grow with length). */
    public static List<ColumnValues> inputs(Dataset dataset) {
        List<ColumnValues> columns = new ArrayList<>();
        for (int i = 0; i < dataset.inputDimension(); i++) {
            TreeSet<Long> values = new TreeSet<>();
            collect(dataset.train().x(), i, values);
            collect(dataset.test().x(), i, values);
            columns.add(new ColumnValues("input " + i, List.copyOf(values), true));
        }
        return columns;
    }

    /**
     * The output columns: the values the task's data holds. A column is bounded unless the task can make
     * longer sequences and they show values the data does not have; a user's data, which cannot, counts as
     * bounded by what it holds.
     */
    public static List<ColumnValues> outputs(Task task, Dataset dataset) {
        Split longer = task.generator().map(g -> g.generate(LONGER_SEQUENCES, 4 * dataset.train().x().length(),
                Task.STANDARD_DATA_SEED + 1)).orElse(null);
        List<ColumnValues> columns = new ArrayList<>();
        for (int k = 0; k < dataset.outputDimension(); k++) {
            TreeSet<Long> values = new TreeSet<>();
            collect(dataset.train().y(), k, values);
            collect(dataset.test().y(), k, values);
            boolean bounded = true;
            if (longer != null) {
                TreeSet<Long> more = new TreeSet<>();
                collect(longer.y(), k, more);
                bounded = values.containsAll(more);
            }
            columns.add(new ColumnValues("output " + k, List.copyOf(values), bounded));
        }
        return columns;
    }

    private static void collect(SequenceBatch batch, int column, TreeSet<Long> into) {
        for (int n = 0; n < batch.count() && into.size() <= MAX_DISTINCT; n++) {
            for (int t = 0; t < batch.length(); t++) {
                into.add(batch.get(n, t, column));
            }
        }
    }
}
