package org.mips.spi.engine;

import java.util.List;

/** An engine started for one command; closing it releases what it holds (its cluster application, its processes). */
public interface EngineSession extends AutoCloseable {

    /** Where the jobs run, for the user: {@code local, 2 at a time}, {@code spark://host:7077 (app-2026...)}. */
    String describe();

    /**
     * How many jobs it runs at once now (the cores of a cluster's executors, {@code --jobs} here), for a caller
     * that hands it jobs one at a time and wants to keep it busy; at least 1.
     */
    int parallelism();

    /**
     * Runs every job, telling {@code listener} each line a job prints and each job's end as they come; returns
     * when every job has ended, or, after {@link #cancel()}, without the ends of the jobs it stopped. Jobs are
     * independent: one that fails ends alone, and the others run on.
     *
     * <p>Several threads may run batches at once (a search hands over each trial as it needs it); they share the
     * session's {@link #parallelism()}. Interrupting a thread in {@code run} stops that thread's batch alone: its
     * running jobs are stopped and have no end, and {@code run} throws {@link InterruptedException}.
     */
    void run(List<Job> jobs, JobListener listener) throws InterruptedException;

    /**
     * Stops the running jobs of every batch and starts no more; safe from any thread (a shutdown hook on Ctrl-C). A stopped
     * job has no end: its directory is as it was before the job, or as far as it got.
     */
    void cancel();

    /** Whether {@link #cancel()} was called. */
    boolean cancelled();

    @Override
    void close();
}
