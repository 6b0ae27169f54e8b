package org.mips.cli.bench;

import java.time.Duration;

/**
 * How long each stage of a task may run before it is stopped. The search stops itself at its budget,
 * so its deadline adds a grace period for the trials still running; every other stage gets the same
 * deadline, far above what a healthy stage needs, so that only a hang or a runaway reaches it.
 *
 * @param searchBudget the architecture search's budget
 * @param grace        what the search may overrun its budget by
 * @param stage        the deadline of each later stage
 */
public record Deadlines(Duration searchBudget, Duration grace, Duration stage) {

    /** The deadline of {@code stage}, counted from its start (for the first stage run, from the child's start). */
    public Duration of(Stage stage) {
        return stage == Stage.SEARCH ? searchBudget.plus(grace) : this.stage;
    }
}
