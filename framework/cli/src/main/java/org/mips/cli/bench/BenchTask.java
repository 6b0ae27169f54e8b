package org.mips.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The files its source names: a dataset ({@code --data}), a network ({@code --network}). */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            if (source.get(i).equals("--data") || source.get(i).equals(ChildCommand.NETWORK)) {
                inputs.add(Path.of(source.get(i + 1)));
            }
        }
        return inputs;
    }

    /** Whether the task starts from a given network rather than searching for one. */
    public boolean imported() {
        return source.contains(ChildCommand.NETWORK);
    }
}
