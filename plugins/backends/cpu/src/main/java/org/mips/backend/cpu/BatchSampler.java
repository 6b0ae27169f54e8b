package org.mips.backend.cpu;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Batches as the paper's loader made them (reference section 2.4): the training rows reshuffled every
 * epoch and cut into consecutive batches, the last one of an epoch partial. The next epoch's order is
 * shuffled on a background thread while this epoch trains (for a million sequences the shuffle takes
 * as long as a few steps); the random stream is used in the same order either way, so the batches do
 * not depend on timing.
 */
final class BatchSampler implements AutoCloseable {

    private final int batchSize;
    private final SplittableRandom random;
    private final ExecutorService shuffler;
    private int[] order;
    private CompletableFuture<int[]> next;
    private int position;
    private int start;

    BatchSampler(int rows, int batchSize, long seed) {
        this.batchSize = batchSize;
        this.random = new SplittableRandom(seed);
        this.shuffler = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "mips-cpu-shuffle");
            thread.setDaemon(true);
            return thread;
        });
        int[] identity = new int[rows];
        for (int i = 0; i < rows; i++) {
            identity[i] = i;
        }
        this.order = shuffled(identity);
        this.next = CompletableFuture.supplyAsync(() -> shuffled(order.clone()), shuffler);
    }

    /** Moves to the next batch and returns its size; its rows are {@code rows()[offset() ..]}. */
    int next() {
        if (position >= order.length) {
            order = next.join();
            int[] previous = order;
            next = CompletableFuture.supplyAsync(() -> shuffled(previous.clone()), shuffler);
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

    /** Fisher-Yates in place; only ever called on the shuffler thread after the first, so one at a time. */
    private int[] shuffled(int[] rows) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        return rows;
    }

    @Override
    public void close() {
        shuffler.shutdownNow();
    }
}
