package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;

/**
 * The contract every {@link TaskSuite} must meet. A plugin's test extends this class and returns its suite.
 * The suite lists tasks whose ids and aliases are well-formed names, unique ignoring case (the host looks
 * them up so); every task declares a usable shape; its standard data is the same for the same seed, has the
 * declared dimensions, length and input alphabet, is split by the train fraction and, when the task knows
 * its reference function, has that function's targets; its generator makes the same sequences for the same
 * seed and other ones for another seed, well-formed at any length; and its specification, when it has one,
 * declares the task's alphabet and computes the generated targets at every length tried.
 */
public abstract class AbstractTaskSuiteContractTest {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /** The suite under test; may return a new instance on every call. */
    protected abstract TaskSuite suite();

    /** Sequences generated per length for the generator and specification checks. */
    protected int generatedSequences() {
        return 100;
    }

    /** The lengths the generator and the specification are tried at, besides the task's own. */
    protected int[] lengths() {
        return new int[] {1, 2, 7, 25};
    }

    @Test
    void suiteIdIsNonBlankLowerCase() {
        String id = suite().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(suite().description().isBlank(), "blank description");
    }

    @Test
    void idsAndAliasesAreWellFormedAndUniqueIgnoringCase() {
        List<Task> tasks = suite().tasks();
        assertFalse(tasks.isEmpty(), "a suite without tasks");
        Map<String, String> owners = new HashMap<>();
        for (Task task : tasks) {
            Stream.concat(Stream.of(task.id()), task.aliases().stream()).forEach(name -> {
                assertTrue(name != null && NAME.matcher(name).matches(), () -> "'" + name + "' of " + task.id() + " is not a name");
                String earlier = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), task.id());
                assertTrue(earlier == null, () -> "'" + name + "' of " + task.id() + " also names " + earlier);
            });
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTaskDeclaresAUsableShape() {
        return forEachTask(task -> {
            assertFalse(task.description().isBlank(), "blank description");
            assertTrue(task.inputDimension() >= 1 && task.outputDimension() >= 1, "dimensions");
            assertTrue(task.inputMin() <= task.inputMax(), "alphabet " + task.inputMin() + ".." + task.inputMax());
            assertTrue(task.sequenceLength() >= 1, "sequence length " + task.sequenceLength());
            assertTrue(task.trainFraction() > 0 && task.trainFraction() < 1, "train fraction " + task.trainFraction());
            assertTrue(task.defaultSteps() > 0, "default steps " + task.defaultSteps());
        });
    }

    /**
     * The tasks whose standard data the contract makes (twice each): all of them, unless a suite's data is
     * too large to make in a unit test, when a subclass may name a sample that covers each way it is made.
     */
    protected List<Task> tasksWithStandardDataChecked() {
        return suite().tasks();
    }

    @TestFactory
    Stream<DynamicTest> theStandardDataIsWellFormedAndTheSameForTheSameSeed() {
        return tasksWithStandardDataChecked().stream().map(task -> DynamicTest.dynamicTest(task.id(), () -> {
            Dataset data = task.dataset(Task.STANDARD_DATA_SEED);
            Dataset again = task.dataset(Task.STANDARD_DATA_SEED);
            assertSameSplit(data.train(), again.train(), "training split");
            assertSameSplit(data.test(), again.test(), "test split");
            assertWellFormed(task, data.train(), task.sequenceLength(), "training split");
            assertWellFormed(task, data.test(), task.sequenceLength(), "test split");
            assertTrue(data.train().count() > 0 && data.test().count() > 0, "an empty split");
            int all = data.train().count() + data.test().count();
            assertEquals(all * task.trainFraction(), data.train().count(), 1.0, "the training split's share of " + all + " sequences");
            assertFollowsTheReference(task, data.train(), "training split");
            assertFollowsTheReference(task, data.test(), "test split");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theGeneratorIsTheSameForTheSameSeedAndWellFormed() {
        return forEachTask(task -> task.generator().ifPresent(generator -> {
            int count = generatedSequences();
            Split first = generator.generate(count, task.sequenceLength(), 3);
            assertSameSplit(first, generator.generate(count, task.sequenceLength(), 3), "two generations with seed 3");
            assertNotEquals(first.x(), generator.generate(count, task.sequenceLength(), 4).x(), "seeds 3 and 4 give the same inputs");
            for (int length : lengthsFor(task)) {
                Split split = generator.generate(count, length, length);
                assertWellFormed(task, split, length, "generated at length " + length);
                assertFollowsTheReference(task, split, "generated at length " + length);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theSpecificationComputesTheGeneratedTargets() {
        return forEachTask(task -> task.specification().ifPresent(specification -> {
            assertEquals(task.inputDimension(), specification.inputs().size(), "inputs of the specification");
            assertEquals(task.outputDimension(), specification.outputs().size(), "outputs of the specification");
            specification.inputs().forEach(input -> {
                assertEquals(task.inputMin(), input.min(), "alphabet of input " + input.name());
                assertEquals(task.inputMax(), input.max(), "alphabet of input " + input.name());
            });
            Interpreter interpreter = Interpreter.of(specification);
            List<Split> splits = task.generator().isPresent()
                    ? Arrays.stream(lengthsFor(task)).mapToObj(length -> task.generator().orElseThrow().generate(generatedSequences(), length, 31L * length)).toList()
                    : List.of(task.dataset(Task.STANDARD_DATA_SEED).test());
            for (Split split : splits) {
                for (int n = 0; n < split.count(); n++) {
                    int sequence = n;
                    assertArrayEquals(split.y().sequence(n), interpreter.run(split.x().sequence(n)),
                            () -> specificationName(specification) + " disagrees with the data on " + Arrays.deepToString(split.x().sequence(sequence)));
                }
            }
        }));
    }

    private int[] lengthsFor(Task task) {
        return IntStream.concat(Arrays.stream(lengths()), IntStream.of(task.sequenceLength()))
                .distinct().toArray();
    }

    private static String specificationName(Program specification) {
        return "the specification " + specification.name();
    }

    private interface TaskCheck {
        void check(Task task) throws Throwable;
    }

    private Stream<DynamicTest> forEachTask(TaskCheck check) {
        return suite().tasks().stream().map(task -> DynamicTest.dynamicTest(task.id(), () -> check.check(task)));
    }

    private static void assertSameSplit(Split expected, Split actual, String what) {
        assertEquals(expected.x(), actual.x(), what + ": inputs differ for the same seed");
        assertEquals(expected.y(), actual.y(), what + ": targets differ for the same seed");
    }

    private static void assertWellFormed(Task task, Split split, int length, String what) {
        SequenceBatch x = split.x();
        assertEquals(task.inputDimension(), x.dimension(), what + ": input dimension");
        assertEquals(task.outputDimension(), split.y().dimension(), what + ": output dimension");
        assertEquals(length, x.length(), what + ": sequence length");
        if (x.count() > 0) {
            assertTrue(x.min() >= task.inputMin() && x.max() <= task.inputMax(),
                    () -> what + ": inputs " + x.min() + ".." + x.max() + " outside the alphabet " + task.inputMin() + ".." + task.inputMax());
        }
    }

    private static void assertFollowsTheReference(Task task, Split split, String what) {
        task.reference().ifPresent(reference -> {
            for (int n = 0; n < Math.min(split.count(), 200); n++) {
                long[][] x = split.x().sequence(n);
                int sequence = n;
                assertArrayEquals(reference.apply(x), split.y().sequence(n),
                        () -> what + ": targets of sequence " + sequence + " are not the reference function's");
            }
        });
    }
}
