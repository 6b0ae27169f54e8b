package org.mips.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mips.cli.bench.BenchTask;
import org.mips.cli.bench.ChildCommand;
import org.mips.cli.bench.TaskEnding;
import org.mips.cli.bench.TaskRunner;
import org.mips.core.engine.ChildProcesses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mips bench-task}: one task of a benchmark, in the working directory, as {@code mips bench}'s engines
 * run it. Its pipeline runs in a child ({@code mips run}) that a {@link TaskRunner} follows by its events and
 * stops at a stage's deadline; the events come out on standard output, and how the task ended goes into its
 * journal, where {@code mips bench} reads it.
 */
@Command(name = "bench-task", hidden = true,
        description = "Run one task of a benchmark in the working directory (what mips bench runs on its engine), its events on standard output.")
final class BenchTaskCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TASK", description = "The task's id: its journal's name for it.")
    String task;

    @Parameters(index = "1..*", paramLabel = "SOURCE", description = "What mips run is given to name the task (after --).")
    List<String> source;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ChildCommand child = ChildCommand.likeThisJvm(Optional.ofNullable(root.pluginsDir), Optional.ofNullable(root.configFile), root.assignments);
        var out = spec.commandLine().getOut();
        TaskEnding ending = new TaskRunner(child::run, new ChildProcesses()).run(new BenchTask(task, "", source),
                Path.of("").toAbsolutePath(), line -> {
                    out.println(line);
                    out.flush();
                });
        return ending.kind() == TaskEnding.Kind.CANCELLED ? 143 : 0;
    }
}
