package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;
import org.mips.spi.task.Split;

/** Every specification program equals its task's independently written reference function. */
class SpecificationTest {

    @TestFactory
    Stream<DynamicTest> specificationsAgreeWithReferencesAtManyLengths() {
        return PaperTasks.benchmarkTasks().stream().filter(t -> t.specification().isPresent())
                .map(task -> DynamicTest.dynamicTest(task.id(), () -> {
                    Interpreter spec = Interpreter.of(task.specification().orElseThrow());
                    for (int length : new int[] {1, 2, 3, 7, 10, 25, 60}) {
                        Split split = task.generate(1500, length, length * 31L);
                        for (int n = 0; n < split.count(); n++) {
                            long[][] x = split.x().sequence(n);
                            int sequence = n;
                            assertArrayEquals(split.y().sequence(n), spec.run(x),
                                    () -> task.id() + ", length " + length + ", sequence " + sequence);
                        }
                    }
                }));
    }

    @Test
    void onlyBitPalindromeLacksASpecification() {
        List<String> without = PaperTasks.benchmarkTasks().stream()
                .filter(t -> t.specification().isEmpty()).map(BenchmarkTask::id).toList();
        assertEquals(List.of("Bit_Palindrome"), without);
    }

    @Test
    void specificationsDeclareTheTaskAlphabet() {
        for (BenchmarkTask task : PaperTasks.benchmarkTasks()) {
            task.specification().ifPresent(spec -> spec.inputs().forEach(input -> {
                assertEquals(task.inputMin(), input.min(), task.id());
                assertEquals(task.inputMax(), input.max(), task.id());
            }));
        }
    }

    @Test
    void theBaseAdditionsDeclareTheirSumWithACarryOfTheirSpecification() {
        Map<String, List<Property>> declaring = new TreeMap<>();
        for (BenchmarkTask task : PaperTasks.benchmarkTasks()) {
            if (!task.properties().isEmpty()) {
                declaring.put(task.id(), task.properties());
            }
        }
        Map<String, List<Property>> expected = new TreeMap<>();
        expected.put("Binary_Addition", List.of(new Property.SumOfInputs(2, "carry")));
        for (int base = 3; base <= 7; base++) {
            expected.put("Base_" + base + "_Addition", List.of(new Property.SumOfInputs(base, "carry")));
        }
        assertEquals(expected, declaring);
        for (String id : declaring.keySet()) {
            Program spec = PaperTasks.benchmarkTasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow()
                    .specification().orElseThrow();
            assertTrue(spec.state().stream().anyMatch(v -> v.name().equals("carry")), id);
        }
    }
}
