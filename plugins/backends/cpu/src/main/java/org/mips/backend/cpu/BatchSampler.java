package org.mips.backend.cpu;

import java.util.SplittableRandom;

/**
 * Batches as the paper's loader made them (reference section 2.4): the training rows reshuffled every
 * epoch and cut into consecutive batches, the last one of an epoch partial.
 */
final class BatchSampler {

    private final int[] order;
    private final int batchSize;
    private final SplittableRandom random;
    private int position;
    private int start;

    BatchSampler(int rows, int batchSize, long seed) {
        this.order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        this.batchSize = batchSize;
        this.random = new SplittableRandom(seed);
        this.position = rows; // shuffle before the first batch
    }

    /** Moves to the next batch and returns its size; its rows are {@code rows()[offset() ..]}. */
    int next() {
        if (position >= order.length) {
            shuffle();
            position = 0;
        }
        int count = Math.min(batchSize, order.length - position);
        start = position;
        position += count;
        return count;
    }

    /** The order array; the current batch is {@code rows()[offset() .. offset() + count)}. */
    int[] rows() {
        return order;
    }

    int offset() {
        return start;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
