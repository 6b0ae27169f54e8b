package org.mips.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.stages.ExtractStage;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips extract}: the extract stage alone, on a trained network. */
@Command(name = "extract",
        description = {"Find the discrete variables in a network's hidden states (integer lattices, bits, clusters; "
                + "reference section 5) and the finite state machine it implements.",
                "Records the hidden states at every step of sampled training sequences, runs every detector, keeps the "
                        + "deterministic machine with the smallest description length, replays it beside the network on "
                        + "held-out sequences, and writes representation.json, machine.json, extract.json and "
                        + "hidden-states.svg."})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    NetworkOptions input;

    @Option(names = "--detectors", split = ",", paramLabel = "ID",
            description = "Detector ids to try (extract.detectors; default: every installed one); 'mips plugins' lists them.")
    List<String> detectorIds;

    @Option(names = "--sequences", paramLabel = "N",
            description = "Training sequences whose every step goes into the trace (extract.trace-sequences; default 2000).")
    Integer sequences;

    @Option(names = "--replay", paramLabel = "N",
            description = "Held-out sequences the machine is replayed on beside the network (extract.replay-sequences; default 10000).")
    Integer replaySequences;

    @Option(names = "--time-limit", paramLabel = "TIME",
            description = "How long one detector may run before it is abandoned (extract.detector-time-limit; default 2m).")
    String timeLimit;

    @Override
    public Integer call() {
        if ((sequences != null && sequences < 1) || (replaySequences != null && replaySequences < 1)) {
            throw new UserException("--sequences and --replay must be at least 1");
        }
        Mips mips = root.mips(new ConfigFlags().set(ExtractStage.DETECTORS, detectorIds, "--detectors")
                .set(ExtractStage.TRACE_SEQUENCES, sequences, "--sequences").set(ExtractStage.REPLAY_SEQUENCES, replaySequences, "--replay")
                .set(ExtractStage.DETECTOR_TIME_LIMIT, timeLimit, "--time-limit"));
        root.warnAboutSkippedPlugins();
        RunStore store = input.store(RunArtifacts.SIMPLIFIED);
        Task task = input.task(mips, store, RunArtifacts.SIMPLIFIED);
        PipelineResult result = mips.pipeline().run(PipelineRequest.of(task, store).only(BuiltInStages.EXTRACT),
                new ConsoleReporter(spec.commandLine().getOut(), store, true));
        return Errors.of(result);
    }
}
