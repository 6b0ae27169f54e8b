package org.mips.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.pipeline.RunRecord;
import org.mips.core.stages.EmitStage;
import org.mips.core.stages.ProveStage;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.stages.SearchStage;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips run}: the pipeline on one task, from its data to a verified program. */
@Command(name = "run",
        description = {"Run the pipeline on a task (or your data): search, simplify, extract, regress, verify, prove and emit, "
                + "and any stage a plugin adds ('mips plugins' lists them in order).",
                "Every stage writes its artifacts to the output directory as it finishes; --from STAGE starts from the "
                        + "artifacts of a finished run instead of redoing the stages before it.",
                "Exit status 0 when every stage that ran did its job, 3 when a stage found nothing and ended the run (no perfect "
                        + "network, a program that fails verification), 1 when a stage failed, 2 on bad input."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "Task id or alias (see 'mips tasks').")
    String taskName;

    @Option(names = "--data", paramLabel = "FILE", description = "Your own data (JSON Lines or CSV) instead of a built-in task.")
    Path data;

    @Option(names = "--majority", description = "With --data: where sequences with the same inputs up to a step have different outputs "
            + "there, keep the most common output (and say so) instead of refusing the data.")
    boolean majority;

    @Option(names = "--network", paramLabel = "FILE", description = "Start from this network instead of searching for one: a weight file "
            + "trained elsewhere (.safetensors; see 'mips import' for how it is read) or a network.json; the run starts at simplify.")
    Path network;

    @Mixin
    ImportFlags importFlags;

    @Option(names = "--from", paramLabel = "STAGE", description = "Start at this stage, reading the earlier stages' artifacts from the "
            + "output directory.")
    String from;

    @Option(names = "--resume", description = "Go on with an interrupted run in the output directory: start at the first stage that "
            + "has not ended there (run.json says which), reusing the search's finished trials.")
    boolean resume;

    @Option(names = "--to", paramLabel = "STAGE", description = "Stop after this stage.")
    String to;

    @Option(names = "--budget", paramLabel = "TIME", description = "Time for the architecture search (search.budget; default 5m).")
    String budget;

    @Option(names = "--input-encoding", paramLabel = "ID", description = "How input columns enter the networks: scalar, one-hot, "
            + "or a plugin's encoding (search.input-encoding; default auto: the search tries what the data points to).")
    String inputEncoding;

    @Option(names = "--output-encoding", paramLabel = "ID", description = "How output columns are read: scalar or categorical "
            + "(search.output-encoding; default auto).")
    String outputEncoding;

    @Option(names = "--backend", paramLabel = "ID", description = "Training backend (training.backend; default cpu).")
    String backend;

    @Option(names = "--prove-timeout", paramLabel = "TIME", description = "How long the prover's verifier may run before the proof counts "
            + "as not found (prove.timeout; default 10m).")
    String proveTimeout;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "Emitters for the verified program (emit.languages; "
            + "default python,java,dafny).")
    List<String> languages;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<task>).")
    Path out;

    @Option(names = "--events", paramLabel = "FILE", description = "Also write the run's events as JSON Lines to FILE; '-' writes them "
            + "to standard output, and the console's text to standard error.")
    String events;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = "-".equals(events) ? spec.commandLine().getErr() : spec.commandLine().getOut();
        try (RunEvents log = RunEvents.open(events, spec.commandLine().getOut())) {
            try {
                Mips mips = root.mips(new ConfigFlags().set(SearchStage.BUDGET, budget, "--budget").set(SearchStage.BACKEND, backend, "--backend")
                        .set(SearchStage.INPUT_ENCODING, inputEncoding, "--input-encoding")
                        .set(SearchStage.OUTPUT_ENCODING, outputEncoding, "--output-encoding")
                        .set(ProveStage.TIMEOUT, proveTimeout, "--prove-timeout").set(EmitStage.LANGUAGES, languages, "--lang"));
                root.warnAboutSkippedPlugins();
                Task task = task(mips);
                RunStore store = RunStore.at(out != null ? out : Path.of("runs", task.id()));
                PipelineRequest request = PipelineRequest.of(task, store);
                if (resume && from != null) {
                    throw new UserException("give --resume or --from STAGE, not both");
                }
                if (resume) {
                    Optional<String> at = mips.pipeline().resumeAt(store, task.id());
                    if (at.isEmpty()) {
                        boolean stopped = store.find(RunRecord.FILE).map(record -> record.stages().stream()
                                .anyMatch(entry -> entry.outcome() instanceof StageOutcome.Stopped)).orElse(false);
                        console.println(task.id() + ": the run in " + store.directory() + " has ended" + (stopped ? " (a stage found nothing)" : "")
                                + "; nothing to resume");
                        return stopped ? Errors.NOTHING_FOUND : 0;
                    }
                    request = request.from(at.get());
                }
                if (network != null) {
                    if (from != null || resume) {
                        throw new UserException("give --network FILE or " + (resume ? "--resume" : "--from STAGE") + ", not both");
                    }
                    NetworkImports.place(mips, task, network, importFlags.options(inputEncoding, outputEncoding), importFlags.any(), store, console);
                    request = request.from(mips.pipeline().stageAfter(RunArtifacts.NETWORK));
                } else if (importFlags.any()) {
                    throw new UserException("--layout, --activation, --readout-prefix, --tensor, --arch and --format go with --network FILE");
                }
                request = from == null ? request : request.from(from);
                request = to == null ? request : request.to(to);
                PipelineResult result = mips.pipeline().run(request, new ConsoleReporter(console, store), log);
                return Errors.of(result);
            } catch (RuntimeException e) {
                log.couldNotStart(taskName != null ? taskName : String.valueOf(data), e);
                throw e;
            }
        }
    }

    private Task task(Mips mips) {
        return TaskSource.of(mips, taskName, data, majority, "a TASK", spec.commandLine().getErr());
    }
}
