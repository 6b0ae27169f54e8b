package org.mips.spi.engine;

/**
 * Hears what the jobs of a batch print and how they end. An engine calls it from threads of its own, at most
 * one call at a time per job; a job's lines come before its end. A cluster engine may hand over a job's
 * lines only when it ends.
 */
public interface JobListener {

    /** The job's process started (on a cluster: its task was handed to an executor, again for a retry). */
    default void started(Job job) {
    }

    /** A line the job's command printed on its standard output. */
    void printed(Job job, String line);

    /** How the job ended; its directory holds what it left. */
    void ended(Job job, JobEnd end);
}
