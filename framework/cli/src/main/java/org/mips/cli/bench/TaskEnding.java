package org.mips.cli.bench;

/**
 * How one task's run ended.
 *
 * @param kind   completed (the pipeline ran to its end or stopped where a stage found nothing),
 *               failed (a crash or a deadline), or cancelled (the benchmark itself was stopped)
 * @param stage  the stage running when it ended
 * @param reason why it failed; empty otherwise
 */
public record TaskEnding(Kind kind, Stage stage, String reason) {

    public enum Kind { COMPLETED, FAILED, CANCELLED }

    static TaskEnding completed(Stage stage) {
        return new TaskEnding(Kind.COMPLETED, stage, "");
    }
}
