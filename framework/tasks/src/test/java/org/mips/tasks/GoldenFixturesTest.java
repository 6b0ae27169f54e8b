package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;

/**
 * The first rows of every task's dataset as the paper's own generators produced them
 * ({@code task-examples/}, seed 42, 1,000,000 sequences): our reference function must reproduce every
 * row, and our data must have the same shapes, alphabets and sizes.
 */
class GoldenFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture(String id) {
        try (InputStream in = GoldenFixturesTest.class.getResourceAsStream("/task-examples/" + id + ".json")) {
            if (in == null) {
                throw new AssertionError("no fixture for " + id);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A fixture sequence as {@code [t][i]}: flat for one value per step, pairs for two. */
    private static long[][] steps(JsonNode sequence) {
        long[][] steps = new long[sequence.size()][];
        for (int t = 0; t < sequence.size(); t++) {
            JsonNode step = sequence.get(t);
            if (step.isArray()) {
                steps[t] = new long[step.size()];
                for (int i = 0; i < step.size(); i++) {
                    steps[t][i] = step.get(i).asLong();
                }
            } else {
                steps[t] = new long[] {step.asLong()};
            }
        }
        return steps;
    }

    private static Stream<BenchmarkTask> tasks() {
        return PaperTasks.benchmarkTasks().stream();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRowIsReproduced() {
        return tasks().map(task -> DynamicTest.dynamicTest(task.id(), () -> {
            JsonNode fixture = fixture(task.id());
            List<JsonNode> rows = new ArrayList<>();
            fixture.get("train_head").forEach(rows::add);
            fixture.get("test_head").forEach(rows::add);
            assertEquals(12, rows.size());
            for (JsonNode row : rows) {
                long[][] x = steps(row.get("x"));
                long[][] expected = steps(row.get("y"));
                assertArrayEquals(expected, task.reference().orElseThrow().apply(x), () -> task.id() + " on " + row.get("x"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> shapesAlphabetsAndAliasesMatch() {
        return tasks().map(task -> DynamicTest.dynamicTest(task.id(), () -> {
            JsonNode fixture = fixture(task.id());
            assertEquals(List.of(fixture.get("folder").asText()), task.aliases());
            JsonNode xShape = fixture.get("x_shape");
            JsonNode yShape = fixture.get("y_shape");
            assertEquals(xShape.get(0).asInt(), task.sequenceLength());
            assertEquals(xShape.size() == 1 ? 1 : xShape.get(1).asInt(), task.inputDimension());
            assertEquals(yShape.size() == 1 ? 1 : yShape.get(1).asInt(), task.outputDimension());
            assertEquals(fixture.get("x_min").asLong(), task.inputMin());
            assertEquals(fixture.get("x_max").asLong(), task.inputMax());
            long total = fixture.get("train_size").asLong() + fixture.get("test_size").asLong();
            assertEquals((double) fixture.get("train_size").asLong() / total, task.trainFraction(), 1e-3);
            if (!task.deduplicates()) {
                assertEquals(BenchmarkTask.DEFAULT_SIZE, total);
            }
        }));
    }

    /**
     * Output ranges over 200,000 sequences against the paper's (taken over its 900,000 training
     * sequences): equal where the range is small enough that both samples reach its ends; for wide
     * ranges, whose ends are rare sums, the same within 5% of the width at either end.
     */
    @TestFactory
    Stream<DynamicTest> outputRangesMatch() {
        return tasks().map(task -> DynamicTest.dynamicTest(task.id(), () -> {
            JsonNode fixture = fixture(task.id());
            Split split = task.generate(200_000, task.sequenceLength(), 42);
            long low = fixture.get("y_min").asLong();
            long high = fixture.get("y_max").asLong();
            if (high - low <= 20) {
                assertEquals(low, split.y().min(), task.id());
                assertEquals(high, split.y().max(), task.id());
            } else {
                double slack = 0.05 * (high - low);
                assertTrue(Math.abs(split.y().min() - low) <= slack && Math.abs(split.y().max() - high) <= slack,
                        () -> task.id() + ": outputs " + split.y().min() + ".." + split.y().max() + ", paper " + low + ".." + high);
            }
            assertEquals(task.inputMin(), split.x().min(), task.id());
            assertEquals(task.inputMax(), split.x().max(), task.id());
        }));
    }

    @TestFactory
    Stream<DynamicTest> deduplicatedSizesAreClose() {
        return tasks().filter(BenchmarkTask::deduplicates).map(task -> DynamicTest.dynamicTest(task.id(), () -> {
            JsonNode fixture = fixture(task.id());
            Dataset data = task.dataset(42);
            // Random data repeats a few hundred of 8^10 possible sequences; the paper kept 999,498.
            int total = data.train().count() + data.test().count();
            long paper = fixture.get("train_size").asLong() + fixture.get("test_size").asLong();
            assertTrue(Math.abs(total - paper) < 100, () -> "kept " + total + " unique sequences, the paper " + paper);
            assertEquals(Math.round(total * 0.9), data.train().count());
        }));
    }
}
