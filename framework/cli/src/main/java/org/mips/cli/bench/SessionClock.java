package org.mips.cli.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps this session's time in the bench's manifest while it runs, so that a session ended by kill -9 (which
 * runs no shutdown hook) still counts in the wall time of the resumed run: the manifest is rewritten with
 * the session's time so far at every {@link #tick} and, when started, every few seconds. At most the time
 * since the last tick is lost.
 */
public final class SessionClock implements AutoCloseable {

    private final Path out;
    private final BenchManifest before;
    private final LongSupplier nanoTime;
    private final long start;
    private ScheduledExecutorService ticker;

    /** A clock for the session that starts now, on top of {@code before}'s earlier sessions. */
    public SessionClock(Path out, BenchManifest before, LongSupplier nanoTime) {
        this.out = out;
        this.before = before;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Ticks every {@code period} on a daemon thread until {@link #close}. */
    public SessionClock every(Duration period) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-session-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** This session's seconds so far. */
    public double seconds() {
        return (nanoTime.getAsLong() - start) / 1e9;
    }

    /** The earlier sessions and this one so far. */
    public BenchManifest now() {
        return before.withSession(seconds());
    }

    /** Writes {@link #now} as the manifest. */
    public synchronized BenchManifest tick() {
        BenchManifest now = now();
        now.write(out);
        return now;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
