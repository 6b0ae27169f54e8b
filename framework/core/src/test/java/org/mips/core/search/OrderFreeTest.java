package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mips.core.testing.FunctionTask;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/** Order-freedom needs many reordered prefixes that agree, and one that disagrees refutes it. */
class OrderFreeTest {

    @Test
    void aSumModuloThreeIsOrderFree() {
        assertTrue(OrderFree.holds(FunctionTask.of("Add_Mod_3", 0, 2, 12, FunctionTask::sumMod3).dataset(Task.STANDARD_DATA_SEED).train()));
    }

    @Test
    void aWindowIsNot() {
        assertFalse(OrderFree.holds(FunctionTask.of("Sum_Last3", 0, 2, 12, x -> FunctionTask.sumLast(x, 3))
                .dataset(Task.STANDARD_DATA_SEED).train()));
    }

    @Test
    void twoReorderingsAreTooFewWitnesses() {
        // 0,1 and 1,0 agree (output 1 at step 1), but that is a single witness.
        Split split = new Split(new SequenceBatch(2, 2, 1, new long[] {0, 1, 1, 0}), new SequenceBatch(2, 2, 1, new long[] {0, 1, 1, 1}));
        assertFalse(OrderFree.holds(split));
    }

    @Test
    void oneDisagreeingReorderingRefutesIt() {
        long[] x = new long[2 * 2000];
        long[] y = new long[2 * 2000];
        for (int n = 0; n < 2000; n++) {
            x[2 * n] = n % 2;
            x[2 * n + 1] = 1 - n % 2;
            y[2 * n + 1] = n == 1999 ? 1 : 0; // every 0,1 and 1,0 ends in 0 but the last
        }
        assertFalse(OrderFree.holds(new Split(new SequenceBatch(2000, 2, 1, x), new SequenceBatch(2000, 2, 1, y))));
        y[2 * 1999 + 1] = 0;
        assertTrue(OrderFree.holds(new Split(new SequenceBatch(2000, 2, 1, x), new SequenceBatch(2000, 2, 1, y))));
    }
}
