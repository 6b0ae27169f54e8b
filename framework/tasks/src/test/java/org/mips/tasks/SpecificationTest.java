package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;

/** Which tasks have specifications; that each computes its task's data is the suite contract's ({@link PaperTasksContractTest}). */
class SpecificationTest {

    @Test
    void onlyBitPalindromeLacksASpecification() {
        List<String> without = PaperTasks.benchmarkTasks().stream()
                .filter(t -> t.specification().isEmpty()).map(BenchmarkTask::id).toList();
        assertEquals(List.of("Bit_Palindrome"), without);
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
