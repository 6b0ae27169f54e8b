package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mips.core.UserException;
import org.mips.core.search.ArchitectureSearch;
import org.mips.core.search.Durations;
import org.mips.core.search.SearchArtifacts;
import org.mips.core.search.SearchListener;
import org.mips.core.search.SearchOutcome;
import org.mips.core.search.SearchResult;
import org.mips.core.search.SearchSettings;
import org.mips.core.search.SeedPolicy;
import org.mips.core.search.Strategy;
import org.mips.core.search.TrialRecord;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips search}: finds the smallest network that learns a task perfectly, within a time budget. */
@Command(name = "search",
        description = {"Search for the smallest RNN (in the paper's order) that a backend trains to a perfect "
                + "network on a task's standard dataset (the paper's data, seed 42), within a time budget.",
                "Writes search.json (every trial and the choice) and, when a perfect network was found, "
                        + "network.json to the output directory. Prints a line per finished trial."})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions training;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "5m",
            description = "Time for the whole search, e.g. 90s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--workers", paramLabel = "K", description = "Trainings run at once (default: one per core).")
    Integer workers;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "5", description = "Seeds per architecture at most; the ladder's climb tries one (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--retry-above", paramLabel = "ACC",
            description = "Try the next seed only after a failure that reached this accuracy (default: 0.95; 0 with --strategy paper).")
    Double retryAbove;

    @Option(names = "--patience", paramLabel = "STEPS", defaultValue = "3000",
            description = "Stop a training that makes no progress for this many steps; 0 never (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--max-hidden", paramLabel = "N", defaultValue = "128", description = "Largest hidden size to try (default: ${DEFAULT-VALUE}).")
    int maxHidden;

    @Option(names = "--strategy", paramLabel = "S", defaultValue = "ladder",
            description = "ladder (small sizes first, nonlinear families early) or paper (the paper's sweep and bisection); "
                    + "default: ${DEFAULT-VALUE}.")
    String strategy;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<task>).")
    Path out;

    @Override
    public Integer call() {
        SearchSettings settings = settings();
        Task task = training.task(root.mips());
        TrainingRequest base = training.request(task, Architecture.linear(1), 0);
        TrainingBackend backend = training.backend(root.mips());
        PrintWriter stdout = spec.commandLine().getOut();
        int totalSteps = base.steps();
        stdout.println(format("%s: %s search with backend %s, budget %s, %d workers, up to %d seeds, %,d steps",
                task.id(), settings.strategy().id(), backend.id(), Durations.format(settings.budget()),
                settings.workers(), settings.seeds().seeds(), totalSteps));
        stdout.println(format("%5s  %-16s %4s %8s %8s %9s  %s", "TRIAL", "ARCHITECTURE", "SEED", "STEPS", "SECONDS", "ACCURACY", "RESULT"));
        SearchOutcome outcome = new ArchitectureSearch(backend, settings).run(task.id(), base, new SearchListener() {
            @Override
            public void trialFinished(TrialRecord trial) {
                stdout.println(line(trial));
            }
        });
        Path dir = out != null ? out : Path.of("runs", task.id());
        List<Path> written;
        try {
            written = SearchArtifacts.write(dir, outcome);
        } catch (UncheckedIOException e) {
            throw new UserException("--out: " + e.getMessage());
        }
        stdout.println(summary(outcome.result(), written));
        return 0;
    }

    private SearchSettings settings() {
        Strategy chosen = switch (strategy.toLowerCase(Locale.ROOT)) {
            case "ladder" -> Strategy.LADDER;
            case "paper" -> Strategy.PAPER;
            default -> throw new UserException("--strategy: '" + strategy + "' is not a strategy; use ladder or paper");
        };
        Duration time;
        try {
            time = Durations.parse(budget);
        } catch (IllegalArgumentException e) {
            throw new UserException("--budget: " + e.getMessage());
        }
        double retry = retryAbove != null ? retryAbove : chosen == Strategy.PAPER ? SeedPolicy.PAPER.retryAbove()
                : SearchSettings.defaults().seeds().retryAbove();
        try {
            SearchSettings settings = SearchSettings.defaults().withStrategy(chosen).withBudget(time)
                    .withSeeds(new SeedPolicy(seeds, retry)).withMaxHidden(maxHidden).withPatience(checkedPatience());
            return workers == null ? settings : settings.withWorkers(workers);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    private int checkedPatience() {
        if (patience < 0) {
            throw new UserException("--patience must not be negative, got " + patience);
        }
        return patience;
    }

    private static String line(TrialRecord trial) {
        String result = switch (trial.stop()) {
            case PERFECT -> "perfect at step " + format("%,d", trial.perfectAtStep());
            case STEPS -> "not perfect";
            case PLATEAU -> "no progress: " + trial.reason();
            case DEADLINE -> "stopped by the budget";
            case CANCELLED -> "cancelled: " + trial.reason();
            case FAILED -> "failed: " + trial.reason();
        };
        return format("%5d  %-16s %4d %,8d %8.1f %9.6f  %s", trial.index(), trial.architecture(), trial.seed(),
                trial.steps(), trial.seconds(), trial.bestAccuracy(), result);
    }

    private static String summary(SearchResult result, List<Path> written) {
        String what = result.chosen() == null
                ? format("no perfect network (best accuracy %.6f)", result.bestAccuracy())
                : format("smallest perfect network %s (seed %d, perfect at step %,d)", result.chosen().architecture(),
                        result.chosen().seed(), result.chosen().perfectAtStep());
        String cut = result.complete() ? "" : result.chosen() == null ? " before the budget ran out" : " so far; the budget ran out first";
        return format("%s: %s%s after %d trials in %s; wrote %s", result.task(), what, cut, result.trials().size(),
                Durations.format(Duration.ofMillis(Math.round(result.seconds() * 1000))),
                written.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
