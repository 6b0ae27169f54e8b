package org.mips.tasks;

import java.util.List;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;
import org.mips.testkit.AbstractTaskSuiteContractTest;

/** The built-in suite against the task suite contract, its specifications tried at the lengths the paper's tasks reach. */
class PaperTasksContractTest extends AbstractTaskSuiteContractTest {

    @Override
    protected TaskSuite suite() {
        return new PaperTasks();
    }

    /**
     * Each task's standard data is a million sequences, so the contract makes it for one task; how
     * Previous_Equals_Current's data is deduplicated is {@link CatalogTest}'s.
     */
    @Override
    protected List<Task> tasksWithStandardDataChecked() {
        return suite().tasks().stream().filter(t -> t.id().equals("Bit_Palindrome")).toList();
    }

    @Override
    protected int generatedSequences() {
        return 1500;
    }

    @Override
    protected int[] lengths() {
        return new int[] {1, 2, 3, 7, 10, 25, 60};
    }
}
