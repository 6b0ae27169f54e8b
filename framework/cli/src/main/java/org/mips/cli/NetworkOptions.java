package org.mips.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.search.Durations;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;
import picocli.CommandLine.Option;

/** The options of the commands that work on a trained network: the network, its task, where to write. */
final class NetworkOptions {

    /** A network with the task it was trained on and that task's standard data. */
    record Loaded(Network network, Task task, Dataset data) {
    }

    @Option(names = "--network", required = true, paramLabel = "FILE", description = "A trained network (network.json or simplified.json).")
    Path network;

    @Option(names = "--task", paramLabel = "ID",
            description = "The task the network was trained on (default: read from training.json, search.json or simplify.json beside it).")
    String taskName;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the network's directory).")
    Path out;

    /** @throws UserException when the network cannot be read or does not fit the task */
    Loaded load(Mips mips) {
        Network net = JsonArtifacts.read(network, Network.class);
        Task task = mips.tasks().find(taskName != null ? taskName : RunFiles.taskBeside(network));
        Dataset data = task.dataset(Task.STANDARD_DATA_SEED);
        if (data.inputDimension() != net.inputDim() || data.outputDimension() != net.outputDim()) {
            throw new UserException(network + ": the network has " + net.inputDim() + " inputs and " + net.outputDim()
                    + " outputs but " + task.id() + " has " + data.inputDimension() + " and " + data.outputDimension());
        }
        return new Loaded(net, task, data);
    }

    Path outDir() {
        return out != null ? out : network.toAbsolutePath().getParent();
    }

    /** A duration option's value, or one line naming the option. */
    static Duration duration(String option, String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage());
        }
    }
}
