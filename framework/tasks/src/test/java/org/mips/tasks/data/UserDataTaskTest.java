package org.mips.tasks.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

class UserDataTaskTest {

    /** {@code count} sequences of 10 steps; x of sequence n is n, n+1, ..., so every row is recognisable. */
    private static UserDataset rows(String file, int count) {
        int length = 10;
        long[] x = new long[count * length * 2];
        long[] y = new long[count * length];
        for (int n = 0; n < count; n++) {
            for (int t = 0; t < length; t++) {
                x[(n * length + t) * 2] = n + t;
                x[(n * length + t) * 2 + 1] = -t;
                y[n * length + t] = (n + t) % 2;
            }
        }
        return new UserDataset(Path.of(file), FileFormat.JSON_LINES,
                new SequenceBatch(count, length, 2, x), new SequenceBatch(count, length, 1, y));
    }

    /** The first x value of every row of a split, in split order: the row's number in the file. */
    private static long[] rowsOf(Split split) {
        long[] rows = new long[split.count()];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = split.x().get(k, 0, 0);
        }
        return rows;
    }

    @Test
    void metadata() {
        UserDataTask task = new UserDataTask(rows("data.jsonl", 1000));
        assertEquals("data", task.id());
        assertEquals(List.of(), task.aliases());
        assertEquals("user data from data.jsonl (1,000 sequences of 10 steps)", task.description());
        assertEquals(2, task.inputDimension());
        assertEquals(-9, task.inputMin());
        assertEquals(1008, task.inputMax());
        assertEquals(1, task.outputDimension());
        assertEquals(10, task.sequenceLength());
        assertEquals(0.9, task.trainFraction());
        assertEquals(10_000, task.defaultSteps());
        assertTrue(task.generator().isEmpty());
        assertTrue(task.reference().isEmpty());
        assertTrue(task.specification().isEmpty());
    }

    @Test
    void descriptionUsesTheFileNameOnly() {
        assertEquals("user data from my data.csv (2 sequences of 10 steps)", new UserDataTask(rows("/some/dir/my data.csv", 2)).description());
    }

    @ParameterizedTest
    @CsvSource({
        "data.jsonl, data",
        "/dir/Binary-Addition v2.csv, Binary_Addition_v2",
        "dir/runs.2024.jsonl, runs_2024",
        "Ümlaut.csv, _mlaut",
        "no_extension, no_extension",
        ".jsonl, _jsonl",
    })
    void idIsTheSanitisedFileNameWithoutExtension(String file, String id) {
        assertEquals(id, UserDataTask.idFor(Path.of(file)));
    }

    @Test
    void sameSeedGivesTheSameSplit() {
        UserDataTask task = new UserDataTask(rows("data.jsonl", 200));
        Dataset a = task.dataset(42);
        Dataset b = task.dataset(42);
        assertEquals(a, b);
        assertEquals("data.jsonl", a.name());
    }

    @Test
    void differentSeedsGiveDifferentSplits() {
        UserDataTask task = new UserDataTask(rows("data.jsonl", 200));
        assertNotEquals(Arrays.toString(rowsOf(task.dataset(1).train())), Arrays.toString(rowsOf(task.dataset(2).train())));
    }

    @Test
    void trainAndTestTogetherAreEveryRowOnceWithMatchingOutputs() {
        UserDataset data = rows("data.jsonl", 1000);
        Dataset dataset = new UserDataTask(data).dataset(7);
        assertEquals(900, dataset.train().count());
        assertEquals(100, dataset.test().count());
        long[] all = new long[1000];
        System.arraycopy(rowsOf(dataset.train()), 0, all, 0, 900);
        System.arraycopy(rowsOf(dataset.test()), 0, all, 900, 100);
        long[] sorted = all.clone();
        Arrays.sort(sorted);
        for (int n = 0; n < 1000; n++) {
            assertEquals(n, sorted[n]);
        }
        // The rows are shuffled, not taken in file order, and each keeps its own outputs.
        assertNotEquals(Arrays.toString(Arrays.copyOf(sorted, 900)), Arrays.toString(Arrays.copyOf(all, 900)));
        for (int k = 0; k < 100; k++) {
            int row = (int) dataset.test().x().get(k, 0, 0);
            assertArrayEquals(data.y().sequence(row), dataset.test().y().sequence(k));
        }
    }

    @ParameterizedTest
    @CsvSource({"10, 0.9, 9", "10, 0.75, 8", "3, 0.5, 2", "10, 0.01, 1", "2, 0.99, 1", "7, 0.5, 4"})
    void trainingSplitSizeIsTheRoundedFractionKeepingBothSplitsNonEmpty(int count, double fraction, int train) {
        UserDataTask task = new UserDataTask(rows("data.jsonl", count), fraction);
        assertEquals(train, task.trainCount());
        Dataset dataset = task.dataset(3);
        assertEquals(train, dataset.train().count());
        assertEquals(count - train, dataset.test().count());
    }

    @Test
    void fewerThanTwoSequencesCannotBeSplit() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> new UserDataTask(rows("one.jsonl", 1)));
        assertEquals("one.jsonl: only 1 sequence; a task needs at least 2, so that the training and the test split each get one", e.getMessage());
    }

    @Test
    void trainFractionMustBeBetweenZeroAndOne() {
        for (double fraction : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new UserDataTask(rows("data.jsonl", 10), fraction));
        }
    }
}
