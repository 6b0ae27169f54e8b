package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    /** The rows of {@code epochs} epochs, batch by batch, and the batch sizes. */
    private static List<int[]> epochs(int rows, int batch, long seed, int epochs, List<Integer> sizes) {
        List<int[]> result = new ArrayList<>();
        try (BatchSampler sampler = new BatchSampler(rows, batch, seed)) {
            for (int e = 0; e < epochs; e++) {
                int[] epoch = new int[rows];
                for (int filled = 0; filled < rows; ) {
                    int count = sampler.next();
                    sizes.add(count);
                    System.arraycopy(sampler.rows(), sampler.offset(), epoch, filled, count);
                    filled += count;
                }
                result.add(epoch);
            }
        }
        return result;
    }

    @Test
    void everyEpochIsAFreshPermutationCutIntoBatches() {
        List<Integer> sizes = new ArrayList<>();
        List<int[]> epochs = epochs(1000, 300, 7, 3, sizes);
        assertEquals(List.of(300, 300, 300, 100, 300, 300, 300, 100, 300, 300, 300, 100), sizes);
        int[] identity = java.util.stream.IntStream.range(0, 1000).toArray();
        for (int[] epoch : epochs) {
            int[] sorted = epoch.clone();
            Arrays.sort(sorted);
            assertArrayEquals(identity, sorted);
            assertFalse(Arrays.equals(identity, epoch));
        }
        assertFalse(Arrays.equals(epochs.get(0), epochs.get(1)));
        assertFalse(Arrays.equals(epochs.get(1), epochs.get(2)));
    }

    @Test
    void theSameSeedGivesTheSameBatches() {
        List<int[]> first = epochs(5000, 512, 3, 4, new ArrayList<>());
        List<int[]> second = epochs(5000, 512, 3, 4, new ArrayList<>());
        for (int e = 0; e < 4; e++) {
            assertArrayEquals(first.get(e), second.get(e));
        }
        assertFalse(Arrays.equals(first.get(0), epochs(5000, 512, 4, 1, new ArrayList<>()).get(0)));
    }
}
