package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.program.Interpreter;
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
}
