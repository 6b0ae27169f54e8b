package org.mips.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.store.RunStore;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips import}: a network trained elsewhere, as the network of a run directory. */
@Command(name = "import",
        description = {"Import a network trained elsewhere (a PyTorch state_dict saved as safetensors) for a task: reads its tensors, "
                + "makes them the paper's network (a GeneralRNN, or a one-layer torch.nn.RNN with a linear readout), checks them "
                + "against the task's columns, measures the network on the task's whole test split and writes network.json and "
                + "import.json to the run directory.",
                "Then 'mips run TASK --from simplify' goes on from it; 'mips run TASK --network FILE' does both at once. "
                        + "tools/export_general_rnn.py saves a PyTorch model so that mips can read it.",
                "Exit status 0 when the network was imported (an imperfect one with a warning), 2 on bad input: one line names the "
                        + "file and the tensor."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The weight file (.safetensors), or a network.json.")
    Path file;

    @Option(names = "--task", paramLabel = "ID", description = "The task the network was trained on (see 'mips tasks').")
    String taskName;

    @Option(names = "--data", paramLabel = "FILE", description = "Your own data (JSON Lines or CSV) instead of a built-in task.")
    Path data;

    @Option(names = "--majority", description = "With --data: keep the most common output where sequences contradict each other.")
    boolean majority;

    @Option(names = "--input-encoding", paramLabel = "ID", description = "How the network was fed the task's inputs: scalar (one number "
            + "per column, the paper's setup; default) or one-hot (one input per value, ascending).")
    String inputEncoding;

    @Option(names = "--output-encoding", paramLabel = "ID", description = "How its outputs are read: scalar (rounded; default) or "
            + "categorical (one logit per value, ascending).")
    String outputEncoding;

    @Mixin
    ImportFlags flags;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/<task>).")
    Path out;

    @Override
    public Integer call() {
        Mips mips = root.mips(new ConfigFlags());
        root.warnAboutSkippedPlugins();
        Task task = TaskSource.of(mips, taskName, data, majority, "--task ID", spec.commandLine().getErr());
        RunStore store = RunStore.at(out != null ? out : Path.of("runs", task.id()));
        NetworkImports.place(mips, task, file, flags.options(inputEncoding, outputEncoding), flags.any(), store, spec.commandLine().getOut());
        spec.commandLine().getOut().println("next: mips run " + (data != null ? "--data " + data : task.id()) + " --from "
                + mips.pipeline().stageAfter(org.mips.core.stages.RunArtifacts.NETWORK) + (out != null ? " --out " + out : ""));
        return 0;
    }
}
