package org.mips.cli.bench;

/**
 * How one task's run ended.
 *
 * @param kind   completed (the pipeline ran to its end, or stopped where a stage found nothing), failed (the
 *               process crashed, could not start its run, or was stopped at a stage's deadline), or cancelled
 *               (the benchmark itself was stopped)
 * @param stage  the stage running when it ended, or else the last one that had ended; empty when none had started
 * @param reason why it failed; empty otherwise
 */
public record TaskEnding(Kind kind, String stage, String reason) {

    public enum Kind { COMPLETED, FAILED, CANCELLED }

    static TaskEnding completed(String stage) {
        return new TaskEnding(Kind.COMPLETED, stage, "");
    }
}
