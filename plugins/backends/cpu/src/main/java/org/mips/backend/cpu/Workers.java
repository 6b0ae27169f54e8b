package org.mips.backend.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of threads that split work into a fixed number of chunks. Chunk {@code c} always goes to
 * worker {@code c mod threads}, and callers combine per-chunk results in chunk order, so the numbers
 * do not depend on the number of threads or on timing.
 */
final class Workers implements AutoCloseable {

    /** Work on chunk {@code chunk}, by worker {@code worker} (which owns its scratch buffers). */
    @FunctionalInterface
    interface ChunkTask {
        void run(int worker, int chunk);
    }

    private final int threads;
    private final ExecutorService executor;

    Workers(int threads) {
        this.threads = threads;
        AtomicInteger count = new AtomicInteger();
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "mips-cpu-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    void run(int chunks, ChunkTask task) {
        if (executor == null) {
            for (int c = 0; c < chunks; c++) {
                task.run(0, c);
            }
            return;
        }
        List<Callable<Void>> jobs = new ArrayList<>(threads);
        for (int w = 0; w < threads; w++) {
            int worker = w;
            jobs.add(() -> {
                for (int c = worker; c < chunks; c += threads) {
                    task.run(worker, c);
                }
                return null;
            });
        }
        try {
            for (Future<Void> done : executor.invokeAll(jobs)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
