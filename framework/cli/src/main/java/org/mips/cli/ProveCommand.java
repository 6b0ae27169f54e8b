package org.mips.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.prove.ProofPlanner;
import org.mips.core.stages.ProveStage;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Prover;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips prove}: the prove stage alone, on a program. */
@Command(name = "prove",
        description = {"Prove a program (IR JSON) equal to its task's specification on every input sequence of every length.",
                "Runs the program beside the specification to find the abstraction function between their states "
                        + "(fitted with the regressors) and an invariant of the specification's reachable states, writes "
                        + "the simulation proof (proof.dfy) and has the prover check it. Only the verifier's own success "
                        + "counts as proven. Exit status 0 when proven, 1 otherwise."})
final class ProveCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--program", required = true, paramLabel = "FILE", description = "The program as IR JSON (program.json of a run).")
    Path program;

    @Option(names = "--task", paramLabel = "ID", description = "The task whose specification it must meet (default: the program's name).")
    String taskName;

    @Option(names = "--machine", paramLabel = "FILE", description = "For your own data (no specification): the extracted machine "
            + "(machine.json) whose tables the program is proven to reproduce (default: machine.json beside the program, if any).")
    Path machine;

    @Option(names = "--prover", paramLabel = "ID", description = "Prover id (prove.prover; default: the first installed).")
    String proverId;

    @Option(names = "--timeout", paramLabel = "TIME", description = "How long the verifier may run (prove.timeout; default 10m).")
    String timeout;

    @Option(names = "--out", paramLabel = "DIR", description = "Where proof.dfy and proof.json go (default: the program's directory).")
    Path out;

    @Override
    public Integer call() {
        Mips mips = root.mips(new ConfigFlags().set(ProveStage.PROVER, proverId, "--prover").set(ProveStage.TIMEOUT, timeout, "--timeout"));
        if (machine != null && !Files.isRegularFile(machine)) {
            throw new UserException("--machine " + machine + ": no such file");
        }
        Path beside = program.toAbsolutePath().resolveSibling(RunArtifacts.MACHINE.fileName());
        RunStore store = RunStore.at(out != null ? out : program.toAbsolutePath().getParent()).withInput(RunArtifacts.PROGRAM, program);
        if (machine != null || Files.isRegularFile(beside)) {
            store = store.withInput(RunArtifacts.MACHINE, machine != null ? machine : beside);
        }
        Program parsed = store.read(RunArtifacts.PROGRAM);
        Task task = mips.tasks().find(taskName != null ? taskName : parsed.name());
        ProofPlanner.overflow(task, parsed).ifPresent(overflow -> {
            throw new UserException(program + ": " + overflow.describe());
        });
        if (mips.registry().all(Prover.class).isEmpty()) {
            throw new UserException("no prover is installed (is the plugins directory right?)");
        }
        root.warnAboutSkippedPlugins();
        PipelineResult result = mips.pipeline().run(PipelineRequest.of(task, store).only(BuiltInStages.PROVE),
                new ConsoleReporter(spec.commandLine().getOut(), store));
        return result.result().proof() != null && result.result().proof().proven() ? 0 : Errors.INTERNAL_ERROR;
    }
}
