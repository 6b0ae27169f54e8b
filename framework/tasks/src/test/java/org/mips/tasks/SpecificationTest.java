package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tasks have specifications; that each computes its task's data is the suite contract's ({@link PaperTasksContractTest}). */
class SpecificationTest {

    @Test
    void onlyBitPalindromeLacksASpecification() {
        List<String> without = PaperTasks.benchmarkTasks().stream()
                .filter(t -> t.specification().isEmpty()).map(BenchmarkTask::id).toList();
        assertEquals(List.of("Bit_Palindrome"), without);
    }
}
