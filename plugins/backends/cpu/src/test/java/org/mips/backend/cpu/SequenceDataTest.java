package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

class SequenceDataTest {

    /** Two sequences of 3 steps, 2 inputs and 1 target, the inputs scaled by {@code scale}. */
    private static Split split(long scale) {
        long[] x = new long[2 * 3 * 2];
        long[] y = new long[2 * 3];
        for (int v = 0; v < x.length; v++) {
            x[v] = (v - 5) * scale;
        }
        for (int v = 0; v < y.length; v++) {
            y[v] = 100 + v;
        }
        return new Split(new SequenceBatch(2, 3, 2, x), new SequenceBatch(2, 3, 1, y));
    }

    private static void assertCopies(Split split) {
        SequenceData data = SequenceData.of(split);
        assertEquals(9, data.stride());
        assertEquals(6, data.targetsAt());
        float[] row = new float[1 + 9];
        for (int n = 0; n < 2; n++) {
            data.copy(n, row, 1);
            for (int t = 0; t < 3; t++) {
                for (int i = 0; i < 2; i++) {
                    assertEquals(split.x().get(n, t, i), row[1 + t * 2 + i], "x " + n + "," + t + "," + i);
                }
                assertEquals(split.y().get(n, t, 0), row[1 + 6 + t], "y " + n + "," + t);
            }
            assertEquals(split.x().get(n, 0, 0) + split.y().get(n, 2, 0), data.touch(n));
        }
        SequenceData head = data.head(1);
        assertEquals(1, head.count);
        head.copy(0, row, 1);
        assertEquals(split.x().get(0, 2, 1), row[6]);
    }

    @Test
    void smallIntegersAreStoredAsShorts() {
        assertCopies(split(1));
    }

    @Test
    void valuesBeyondSixteenBitsAreStoredAsFloats() {
        assertCopies(split(10_000));
    }
}
