package org.mips.cli.bench;

import java.util.List;

/**
 * One task of a benchmark run.
 *
 * @param id          the task's id, also its directory's name under {@code tasks/}
 * @param description what the task computes
 * @param source      what {@code mips run} is given to name it: the task id, or {@code --data FILE}; with {@code --network FILE} when it
 *                    starts from a network trained elsewhere
 */
public record BenchTask(String id, String description, List<String> source) {

    public BenchTask {
        source = List.copyOf(source);
    }

    /** Whether the task starts from a given network rather than searching for one. */
    public boolean imported() {
        return source.contains(ChildCommand.NETWORK);
    }
}
