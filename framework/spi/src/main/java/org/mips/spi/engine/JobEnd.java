package org.mips.spi.engine;

/** How a job ended: its process exited with a code, or the engine could not run it to its end. */
public sealed interface JobEnd {

    /** One line for the user. */
    String describe();

    /** The job's process exited by itself with {@code code}. */
    record Exited(int code) implements JobEnd {
        @Override
        public String describe() {
            return "exited with code " + code;
        }
    }

    /**
     * The engine gave up on the job (its process could not start; a cluster lost it more often than it
     * retries); {@code reason} says why. Its directory is as it was before the job.
     */
    record Failed(String reason) implements JobEnd {
        @Override
        public String describe() {
            return reason;
        }
    }
}
