package org.mips.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.task.Task;
import picocli.CommandLine.Option;

/** The options of the commands that work on a trained network: the network, its task, where to write. */
final class NetworkOptions {

    @Option(names = "--network", required = true, paramLabel = "FILE", description = "A trained network (network.json or simplified.json).")
    Path network;

    @Option(names = "--task", paramLabel = "ID",
            description = "The task the network was trained on (default: read from training.json, search.json or simplify.json beside it).")
    String taskName;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the network's directory).")
    Path out;

    /** The run directory ({@code --out}, or the network's), reading the network as the artifact {@code as}. */
    RunStore store(ArtifactType<Network> as) {
        return RunStore.at(out != null ? out : network.toAbsolutePath().getParent()).withInput(as, network);
    }

    /**
     * The network's task, checked against the network's shape.
     *
     * @throws UserException when the network cannot be read, names no task, or does not fit its task
     */
    Task task(Mips mips, RunStore store, ArtifactType<Network> as) {
        Network net = store.read(as);
        Task task = mips.tasks().find(taskName != null ? taskName : taskBeside());
        int inputs = task.inputDimension();
        int outputs = task.outputDimension();
        // Compared as task columns: a one-hot column is several network inputs, a categorical one several logits.
        if (inputs != net.taskInputs() || outputs != net.taskOutputs()) {
            throw new UserException(network + ": the network reads " + net.taskInputs() + " input and writes " + net.taskOutputs()
                    + " output columns but " + task.id() + " has " + inputs + " and " + outputs);
        }
        return task;
    }

    /** The task named by a training.json, search.json or simplify.json beside the network. */
    private String taskBeside() {
        RunStore beside = RunStore.at(network.toAbsolutePath().getParent());
        List<Optional<String>> named = List.of(
                beside.find(RunArtifacts.TRAINING).map(r -> r.task()),
                beside.find(RunArtifacts.SEARCH).map(r -> r.task()),
                beside.find(RunArtifacts.SIMPLIFY).map(r -> r.task()));
        return named.stream().flatMap(Optional::stream).findFirst().orElseThrow(() -> new UserException(network
                + ": no training.json, search.json or simplify.json beside it names the task; give --task"));
    }
}
