package org.mips.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.pipeline.PipelineRequest;
import org.mips.core.pipeline.PipelineResult;
import org.mips.core.stages.SearchStage;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.task.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips search}: the search stage alone, finding the smallest network that learns a task perfectly. */
@Command(name = "search",
        description = {"Search for the smallest RNN (in the paper's order) that a backend trains to a perfect "
                + "network on a task's standard dataset (the paper's data, seed 42), within a time budget.",
                "Writes search.json (every trial and the choice) and, when a perfect network was found, "
                        + "network.json and curve.json to the output directory. Prints a line per finished trial."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Option(names = "--budget", paramLabel = "TIME", description = "Time for the whole search, e.g. 90s, 5m, 1h (search.budget; default 5m).")
    String budget;

    @Option(names = "--workers", paramLabel = "K", description = "Trainings run at once (search.workers; default: one per core).")
    Integer workers;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per architecture at most; the ladder's climb tries one "
            + "(search.seeds; default 5).")
    Integer seeds;

    @Option(names = "--retry-above", paramLabel = "ACC",
            description = "Try the next seed only after a failure that reached this accuracy (search.retry-above; default 0.95, "
                    + "0 with --strategy paper).")
    Double retryAbove;

    @Option(names = "--patience", paramLabel = "STEPS",
            description = "Stop a training that makes no progress for this many steps; 0 never (search.patience; default 3000).")
    Integer patience;

    @Option(names = "--max-hidden", paramLabel = "N", description = "Largest hidden size to try (search.max-hidden; default 128).")
    Integer maxHidden;

    @Option(names = "--strategy", paramLabel = "S",
            description = "ladder (small sizes first, nonlinear families early) or paper (the paper's sweep and bisection); "
                    + "search.strategy, default ladder.")
    String strategy;

    @Option(names = "--engine", paramLabel = "ID",
            description = "Train each trial as a job of this execution engine: local (child processes) or an engine plugin's id, e.g. "
                    + "spark; as many at a time as it runs (search.engine; default: the trials train in this JVM).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "The cluster --engine runs on: local[N], spark://HOST:PORT, ... (search.master; default: the engine's).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<task>).")
    Path out;

    @Override
    public Integer call() {
        Mips mips = root.mips(training.flags().set(SearchStage.BUDGET, budget, "--budget").set(SearchStage.WORKERS, workers, "--workers")
                .set(SearchStage.SEEDS, seeds, "--seeds").set(SearchStage.RETRY_ABOVE, retryAbove, "--retry-above")
                .set(SearchStage.PATIENCE, patience, "--patience").set(SearchStage.MAX_HIDDEN, maxHidden, "--max-hidden")
                .set(SearchStage.STRATEGY, strategy, "--strategy").set(SearchStage.ENGINE, engine, "--engine")
                .set(SearchStage.MASTER, master, "--master"));
        root.warnAboutSkippedPlugins();
        Task task = mips.tasks().find(training.taskName);
        RunStore store = RunStore.at(out != null ? out : Path.of("runs", task.id()));
        PipelineResult result = mips.pipeline().run(PipelineRequest.of(task, store).only(BuiltInStages.SEARCH),
                new ConsoleReporter(spec.commandLine().getOut(), store, true));
        return Errors.of(result);
    }
}
