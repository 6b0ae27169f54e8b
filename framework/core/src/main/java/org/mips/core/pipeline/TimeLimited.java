package org.mips.core.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a plugin's work on its own daemon thread and waits at most a time limit, so that a plugin that
 * hangs fails its own step and never the run: past the limit the thread is interrupted and abandoned
 * (a daemon cannot keep the JVM alive).
 */
public final class TimeLimited {

    private TimeLimited() {
    }

    /**
     * @throws TimeoutException   when {@code work} is still running after {@code limit}
     * @throws ExecutionException wrapping what {@code work} threw
     */
    public static <T> T call(String threadName, Callable<T> work, Duration limit) throws TimeoutException, ExecutionException {
        return call(threadName, work, limit, Thread.currentThread().getContextClassLoader(), () -> { });
    }

    /**
     * As {@link #call(String, Callable, Duration)}, with {@code loader} as the thread's context class loader
     * (a plugin's own, so that what it looks up by name is found in its jar), and {@code beforeInterrupt}
     * run when the work has ended or is abandoned, before its thread is interrupted (a pipeline closes the
     * stage's access to the run there).
     */
    public static <T> T call(String threadName, Callable<T> work, Duration limit, ClassLoader loader, Runnable beforeInterrupt)
            throws TimeoutException, ExecutionException {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            Future<T> future = executor.submit(work);
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + threadName + " ran", e);
        } finally {
            beforeInterrupt.run();
            executor.shutdownNow();
        }
    }

    /** One line for a failure of {@link #call}: the cause's type and message, or the time limit. */
    public static String describe(Exception failure, Duration limit) {
        if (failure instanceof TimeoutException) {
            return "still running after " + limit.toSeconds() + " s; abandoned";
        }
        Throwable cause = failure instanceof ExecutionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
