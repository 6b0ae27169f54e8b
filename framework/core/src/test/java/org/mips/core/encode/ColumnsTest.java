package org.mips.core.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mips.core.testing.FunctionTask;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/** The values of a task's columns, and whether an output column's values grow with the sequence length. */
class ColumnsTest {

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** The distinct values of output 0 in both splits, increasing. */
    private static List<Long> distinctOutputs(Dataset dataset) {
        java.util.TreeSet<Long> values = new java.util.TreeSet<>();
        for (var batch : List.of(dataset.train().y(), dataset.test().y())) {
            for (int n = 0; n < batch.count(); n++) {
                for (int t = 0; t < batch.length(); t++) {
                    values.add(batch.get(n, t, 0));
                }
            }
        }
        return List.copyOf(values);
    }

    @Test
    void inputsAreTheDataValuesAndBounded() {
        FunctionTask task = FunctionTask.of("Digits", 2, 1, -2, 7, 10, x -> new long[x.length][1]);
        List<ColumnValues> inputs = Columns.inputs(task.dataset(Task.STANDARD_DATA_SEED));
        assertEquals(2, inputs.size());
        assertEquals(new ColumnValues("input 0", range(-2, 7), true), inputs.get(0));
        assertEquals(new ColumnValues("input 1", range(-2, 7), true), inputs.get(1));
    }

    @Test
    void anOutputThatGrowsOnLongerSequencesIsUnbounded() {
        // A running count of 1s: the data (length 10) has 0..10, longer sequences count past 10.
        FunctionTask count = FunctionTask.of("Count_Ones", 0, 1, 10, FunctionTask::sumAll);
        Dataset dataset = count.dataset(Task.STANDARD_DATA_SEED);
        List<ColumnValues> outputs = Columns.outputs(count, dataset);
        assertEquals(1, outputs.size());
        ColumnValues column = outputs.get(0);
        assertEquals("output 0", column.column());
        assertEquals(distinctOutputs(dataset), column.values(), "the values the data holds, not the longer sequences'");
        assertTrue(column.values().get(column.size() - 1) <= 10);
        assertFalse(column.bounded());
    }

    @Test
    void anOutputOfAFixedSetIsBounded() {
        FunctionTask mod3 = FunctionTask.of("Add_Mod_3", 0, 2, 10, FunctionTask::sumMod3);
        ColumnValues column = Columns.outputs(mod3, mod3.dataset(Task.STANDARD_DATA_SEED)).get(0);
        assertEquals(range(0, 2), column.values());
        assertTrue(column.bounded());
        // A window's sum never grows with the length.
        FunctionTask last3 = FunctionTask.of("Sum_Last3", 0, 9, 10, x -> FunctionTask.sumLast(x, 3));
        assertTrue(Columns.outputs(last3, last3.dataset(Task.STANDARD_DATA_SEED)).get(0).bounded());
    }

    @Test
    void dataWithoutAGeneratorIsBoundedByWhatItHolds() {
        FunctionTask count = FunctionTask.of("Count_Ones", 0, 1, 10, FunctionTask::sumAll).dataOnly();
        Dataset dataset = count.dataset(Task.STANDARD_DATA_SEED);
        ColumnValues column = Columns.outputs(count, dataset).get(0);
        assertEquals(distinctOutputs(dataset), column.values());
        assertTrue(column.bounded());
    }
}
