package org.mips.core.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.core.UserException;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;

class TaskCatalogTest {

    private static Task task(String id, String alias) {
        return new Task() {
            public String id() { return id; }
            public List<String> aliases() { return List.of(alias); }
            public String description() { return id; }
            public int inputDimension() { return 1; }
            public long inputMin() { return 0; }
            public long inputMax() { return 1; }
            public int outputDimension() { return 1; }
            public int sequenceLength() { return 10; }
            public double trainFraction() { return 0.9; }
            public int defaultSteps() { return 10; }
            public Dataset dataset(long seed) { throw new AssertionError("not needed"); }
        };
    }

    private static TaskSuite suite(String id, Task... tasks) {
        return new TaskSuite() {
            public String id() { return id; }
            public String description() { return id; }
            public List<Task> tasks() { return List.of(tasks); }
        };
    }

    private final Task addition = task("Binary_Addition", "bit_addition");
    private final Task parity = task("Parity_All", "rnn_parity_numerical");

    @Test
    void findsByIdOrAliasIgnoringCase() {
        TaskCatalog catalog = new TaskCatalog(List.of(suite("paper", addition, parity)));
        assertSame(addition, catalog.find("binary_addition"));
        assertSame(addition, catalog.find("BIT_ADDITION"));
        assertEquals(List.of(addition, parity), catalog.all());
    }

    @Test
    void suggestsNearNames() {
        TaskCatalog catalog = new TaskCatalog(List.of(suite("paper", addition, parity)));
        assertEquals("no task 'Binary_Adition'; did you mean Binary_Addition?",
                assertThrows(UserException.class, () -> catalog.find("Binary_Adition")).getMessage());
        assertEquals("no task 'Sorting'; 'mips tasks' lists them",
                assertThrows(UserException.class, () -> catalog.find("Sorting")).getMessage());
    }

    @Test
    void aNameClaimedTwiceNamesBothSuites() {
        TaskCatalog catalog = new TaskCatalog(List.of(suite("paper", addition), suite("extra", task("binary_addition", "x"))));
        assertEquals("task name 'Binary_Addition' is claimed by Binary_Addition (suite paper) and binary_addition (suite extra)",
                assertThrows(UserException.class, () -> catalog.find("Binary_Addition")).getMessage());
    }
}
