package org.mips.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.stages.SearchStage;
import org.mips.core.stages.SimplifyStage;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips simplify}: the simplify stage alone, on a trained network. */
@Command(name = "simplify",
        description = {"Simplify a trained network with a chain of normalizers (reference sections 3.6 and 4), "
                + "keeping a normalizer's result only when the network keeps its held-out accuracy.",
                "Writes simplified.json and simplify.json (metrics before and after every normalizer) next to the "
                        + "network or to --out, and prints the metrics table."})
final class SimplifyCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    NetworkOptions input;

    @Option(names = "--chain", split = ",", paramLabel = "ID",
            description = "Normalizer ids in order (simplify.chain; default l1,whiten,jordan,toeplitz,debias,quantize,repair); "
                    + "'mips plugins' lists them.")
    List<String> chain;

    @Option(names = "--time-limit", paramLabel = "TIME",
            description = "How long one normalizer may run before it is abandoned (simplify.normalizer-time-limit; default 5m).")
    String timeLimit;

    @Option(names = "--backend", paramLabel = "ID",
            description = "Training backend for normalizers that retrain (training.backend; default cpu).")
    String backendId;

    @Override
    public Integer call() {
        Mips mips = root.mips(new ConfigFlags().set(SimplifyStage.CHAIN, chain, "--chain")
                .set(SimplifyStage.NORMALIZER_TIME_LIMIT, timeLimit, "--time-limit").set(SearchStage.BACKEND, backendId, "--backend"));
        root.warnAboutSkippedPlugins();
        RunStore store = input.store(RunArtifacts.NETWORK);
        Task task = input.task(mips, store, RunArtifacts.NETWORK);
        PipelineResult result = mips.pipeline().run(PipelineRequest.of(task, store).only(BuiltInStages.SIMPLIFY),
                new ConsoleReporter(spec.commandLine().getOut(), store, true));
        return Errors.of(result);
    }
}
