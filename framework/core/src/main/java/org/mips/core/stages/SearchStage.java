package org.mips.core.stages;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Supplier;
import org.mips.core.UserException;
import org.mips.core.engine.Engines;
import org.mips.core.io.Directories;
import org.mips.core.search.TrialJob;
import org.mips.core.search.TrialJobs;
import org.mips.core.search.TrialReport;
import org.mips.core.tasks.TaskCatalog;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.task.TaskSuite;
import org.mips.core.encode.Columns;
import org.mips.core.encode.EncodingChoice;
import org.mips.core.encode.ScalarEncoding;
import org.mips.core.search.AccuracyText;
import org.mips.core.search.DataSurvey;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encodings;
import org.mips.spi.task.Dataset;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.search.ArchitectureSearch;
import org.mips.core.search.Durations;
import org.mips.core.search.SearchListener;
import org.mips.core.search.SearchOutcome;
import org.mips.core.search.SearchResult;
import org.mips.core.search.SearchSettings;
import org.mips.core.search.SeedPolicy;
import org.mips.core.search.Strategy;
import org.mips.core.search.TrainingCurve;
import org.mips.core.search.TrialRecord;
import org.mips.spi.config.Setting;
import org.mips.spi.Components;
import org.mips.spi.config.Settings;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Placement;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageContext;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import org.pf4j.Extension;

/**
 * The architecture search (reference section 2.4): the smallest network, in the paper's order, that the
 * training backend trains to a perfect one on the task's standard data within the budget. Writes every
 * trial ({@code search.json}) and, when it found one, the network and its training curve; stops the run
 * when it found none.
 */
@Extension
public final class SearchStage implements Stage {

    public static final Setting<String> BACKEND = Setting.text("training.backend", "cpu",
            "the training backend of the search and of the normalizers that retrain");
    public static final Setting<Duration> BUDGET = Setting.duration("search.budget", Duration.ofMinutes(5),
            "time for the architecture search; trials still running then are stopped");
    public static final Setting<String> STRATEGY = Setting.choice("search.strategy", "ladder", List.of("ladder", "paper"),
            "ladder (small sizes first, nonlinear families early) or paper (the paper's sweep and bisection)");
    public static final Setting<Integer> SEEDS = Setting.integer("search.seeds", 5, 1, 100,
            "seeds per architecture at most; the ladder's climb tries one");
    public static final Setting<Double> RETRY_ABOVE = Setting.decimal("search.retry-above", -1, -1, 1,
            "try an architecture's next seed only after a failure that reached this accuracy; negative: the strategy's own "
                    + "(0.95 for ladder, 0 for paper)");
    public static final Setting<Integer> PATIENCE = Setting.integer("search.patience", SearchSettings.DEFAULT_PATIENCE, 0,
            Integer.MAX_VALUE, "stop a training that makes no progress for this many steps; 0 never");
    public static final Setting<Integer> MAX_HIDDEN = Setting.integer("search.max-hidden", 128, 1, 4096, "the largest hidden size to try");
    public static final Setting<Integer> WORKERS = Setting.integer("search.workers", 0, 0, 1024, "trainings run at once; 0: one per core");
    public static final Setting<Integer> STEPS = Setting.integer("search.steps", 0, 0, Integer.MAX_VALUE,
            "optimizer steps per training; 0: the task's own (10,000 or 20,000)");
    public static final Setting<Integer> BATCH = Setting.integer("search.batch", 4096, 1, Integer.MAX_VALUE, "sequences per optimizer step");
    public static final Setting<String> INPUT_ENCODING = Setting.text("search.input-encoding", EncodingChoice.AUTO,
            "how input columns enter the networks: an encoding's id (scalar, one-hot, ...) for every column, or auto: "
                    + "the search tries what the data points to (the paper strategy: scalar)");
    public static final Setting<String> OUTPUT_ENCODING = Setting.text("search.output-encoding", EncodingChoice.AUTO,
            "how output columns are read: an encoding's id (scalar, categorical, ...) for every column, or auto");

    public static final Setting<String> ENGINE = Setting.text("search.engine", "",
            "where the trials train: empty, in this JVM (search.workers at a time); an execution engine's id (local, spark): "
                    + "each trial a job of that engine, as many at a time as it runs");
    public static final Setting<String> MASTER = Setting.text("search.master", "",
            "the cluster search.engine runs its jobs on (local[N], spark://HOST:PORT); empty: the engine's default");

    /** What the search may overrun its budget by, for its last trials to stop, before its deadline. */
    static final Duration GRACE = Duration.ofMinutes(1);

    private final Engines engines;

    /** A search stage whose trials always train in this JVM (a host without an installation cannot start jobs). */
    public SearchStage() {
        this(null);
    }

    @Inject
    public SearchStage(Engines engines) {
        this.engines = engines;
    }

    @Override
    public String id() {
        return BuiltInStages.SEARCH;
    }

    @Override
    public String description() {
        return "The smallest network that trains to a perfect one, in the paper's order, within a time budget.";
    }

    @Override
    public Placement placement() {
        return Placement.anywhere();
    }

    @Override
    public boolean optional() {
        return false;
    }

    @Override
    public List<ArtifactType<?>> reads() {
        return List.of();
    }

    @Override
    public List<ArtifactType<?>> writes() {
        return List.of(RunArtifacts.SEARCH, RunArtifacts.NETWORK, RunArtifacts.CURVE);
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(BACKEND, BUDGET, STRATEGY, SEEDS, RETRY_ABOVE, PATIENCE, MAX_HIDDEN, WORKERS, STEPS, BATCH,
                INPUT_ENCODING, OUTPUT_ENCODING, ENGINE, MASTER);
    }

    @Override
    public Duration deadline(Settings settings) {
        return settings.get(BUDGET).plus(GRACE);
    }

    @Override
    public void check(Settings settings, Components components) {
        components.get(TrainingBackend.class, settings.get(BACKEND));
        new EncodingChoice(components).checkNames(settings.get(INPUT_ENCODING), settings.get(OUTPUT_ENCODING));
        Duration deadline = Pipeline.deadline(this, settings);
        if (settings.get(BUDGET).compareTo(deadline) >= 0) {
            throw new IllegalStateException(BUDGET.key() + " " + Setting.formatDuration(settings.get(BUDGET)) + " is not less than "
                    + id() + ".deadline " + Setting.formatDuration(deadline) + ", so the deadline would stop the search before it reports");
        }
        if (!settings.get(ENGINE).isEmpty()) {
            engines().find(ENGINE.key(), settings.get(ENGINE));
        }
    }

    @Override
    public void check(Settings settings, Components components, Task task, Supplier<Dataset> dataset) {
        named(settings, components, task, dataset.get());
        if (!settings.get(ENGINE).isEmpty()) {
            try {
                new TaskCatalog(components.all(TaskSuite.class)).find(task.id());
            } catch (UserException e) {
                throw new UserException(ENGINE.key() + " " + settings.get(ENGINE) + ": a trial job rebuilds the search's data from a "
                        + "built-in task's id, and " + task.id() + " is not one; the search of the user's data trains in this JVM "
                        + "(leave " + ENGINE.key() + " empty)");
            }
        }
    }

    private Engines engines() {
        if (engines == null) {
            throw new UserException(ENGINE.key() + ": this search stage was made without the host's engines, so its trials train here");
        }
        return engines;
    }

    /**
     * The encodings the configuration names, fitted to the task's columns, or null when both sides are
     * {@code auto}; a side left {@code auto} is scalar.
     *
     * @throws org.mips.core.UserException when a named encoding cannot carry a column
     */
    public static Encodings named(Settings settings, Components components, Task task, Dataset dataset) {
        if (auto(settings)) {
            return null;
        }
        return named(settings, components, Columns.inputs(dataset), Columns.outputs(task, dataset));
    }

    private static boolean auto(Settings settings) {
        return settings.get(INPUT_ENCODING).equals(EncodingChoice.AUTO) && settings.get(OUTPUT_ENCODING).equals(EncodingChoice.AUTO);
    }

    private static Encodings named(Settings settings, Components components, List<ColumnValues> inputs, List<ColumnValues> outputs) {
        String in = settings.get(INPUT_ENCODING);
        String out = settings.get(OUTPUT_ENCODING);
        return new EncodingChoice(components).named(in.equals(EncodingChoice.AUTO) ? ScalarEncoding.ID : in,
                out.equals(EncodingChoice.AUTO) ? ScalarEncoding.ID : out, inputs, outputs);
    }

    /**
     * What the data points the search to: the tracks and pointed candidates (the paper's strategy: its scalar setup, or the
     * named encodings). The columns are read once, for the survey and the named encodings alike.
     */
    public static DataSurvey.Plan survey(Settings settings, Components components, Task task, Dataset dataset, SearchSettings search) {
        List<ColumnValues> inputs = Columns.inputs(dataset);
        List<ColumnValues> outputs = Columns.outputs(task, dataset);
        Encodings named = auto(settings) ? null : named(settings, components, inputs, outputs);
        return DataSurvey.plan(dataset, inputs, outputs, new EncodingChoice(components), named, search.ladder());
    }

    @Override
    public String summary(StageContext context) {
        SearchSettings search = searchSettings(context.settings());
        String engine = context.settings().get(ENGINE);
        return String.format(Locale.ROOT, "smallest perfect network, backend %s, budget %s, %s", context.settings().get(BACKEND),
                Durations.format(search.budget()), engine.isEmpty() ? search.workers() + " workers" : "trials as jobs of engine " + engine);
    }

    /** The search's settings from the configuration. */
    public static SearchSettings searchSettings(Settings settings) {
        Strategy strategy = Strategy.valueOf(settings.get(STRATEGY).toUpperCase(Locale.ROOT));
        double retry = settings.get(RETRY_ABOVE);
        if (retry < 0) {
            retry = strategy == Strategy.PAPER ? SeedPolicy.PAPER.retryAbove() : SearchSettings.defaults().seeds().retryAbove();
        }
        SearchSettings search = SearchSettings.defaults().withStrategy(strategy).withBudget(settings.get(BUDGET))
                .withSeeds(new SeedPolicy(settings.get(SEEDS), retry)).withMaxHidden(settings.get(MAX_HIDDEN))
                .withPatience(settings.get(PATIENCE));
        int workers = settings.get(WORKERS);
        return workers == 0 ? search : search.withWorkers(workers);
    }

    /** The search's request: the task's dataset, its steps (or search.steps), the paper's settings and search.batch. */
    private static TrainingRequest baseRequest(Settings settings, Task task, Dataset dataset) {
        int steps = settings.get(STEPS) == 0 ? task.defaultSteps() : settings.get(STEPS);
        return TrainingRequest.paperDefaults(Architecture.linear(1), dataset, steps, 0).withBatchSize(settings.get(BATCH));
    }

    @Override
    public StageOutcome run(StageContext context) {
        Task task = context.task();
        Settings settings = context.settings();
        TrainingBackend backend = context.components().get(TrainingBackend.class, settings.get(BACKEND));
        SearchSettings search = searchSettings(settings);
        TrainingRequest base = baseRequest(settings, task, context.dataset());
        DataSurvey.Plan survey = survey(settings, context.components(), task, context.dataset(), search);
        context.log("data survey: " + survey.findings().summary());
        SearchListener listener = new SearchListener() {
            @Override
            public void trialFinished(TrialRecord trial) {
                context.publish(new StageEvents.TrialFinished(trial));
            }
        };
        SearchOutcome outcome;
        if (settings.get(ENGINE).isEmpty()) {
            outcome = new ArchitectureSearch(backend, search).keepingTrialsIn(context.artifacts().directory()).run(task.id(), base, survey, listener);
        } else {
            outcome = searchWithJobs(context, backend, search, base, survey, listener);
        }
        SearchResult result = outcome.result();
        context.artifacts().write(RunArtifacts.SEARCH, result);
        if (outcome.chosenTraining().isEmpty()) {
            return StageOutcome.stopped(String.format(Locale.ROOT, "no perfect network within %s (best accuracy %s) in %d trials; see %s",
                    Durations.format(search.budget()), AccuracyText.of(result.bestAccuracy()), result.trials().size(), RunArtifacts.SEARCH.fileName()));
        }
        TrainingResult chosen = outcome.chosenTraining().orElseThrow();
        Network network = chosen.network();
        context.artifacts().write(RunArtifacts.NETWORK, network);
        context.artifacts().write(RunArtifacts.CURVE, new TrainingCurve(task.id(), network.architecture().toText(), chosen.curve()));
        SearchResult.Chosen pick = result.chosen();
        context.log(String.format(Locale.ROOT, "chose %s%s (seed %d, perfect at step %,d) after %d trials in %s%s", pick.architecture(),
                pick.encodings().equals("scalar") ? "" : " " + pick.encodings(),
                pick.seed(), pick.perfectAtStep(), result.trials().size(), Durations.format(Duration.ofMillis(Math.round(result.seconds() * 1000))),
                result.complete() ? "" : "; the budget ran out before the plan's end, so it is the smallest found so far"));
        return StageOutcome.done();
    }

    /**
     * The search with each trial a job of {@code search.engine}: as many at a time as the engine runs (or
     * search.workers), each rebuilding the data and training settings from the task and this host's configuration.
     */
    private SearchOutcome searchWithJobs(StageContext context, TrainingBackend backend, SearchSettings search, TrainingRequest base,
            DataSurvey.Plan survey, SearchListener listener) {
        Settings settings = context.settings();
        Task task = context.task();
        int workers = settings.get(WORKERS);
        Optional<String> master = Optional.of(settings.get(MASTER)).filter(m -> !m.isEmpty());
        Path scratch;
        try {
            scratch = Files.createTempDirectory("mips-trials-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (EngineSession session = engines().start(ENGINE.key(), settings.get(ENGINE), master,
                workers == 0 ? Runtime.getRuntime().availableProcessors() : workers, context::log)) {
            SearchSettings spread = workers == 0 ? search.withWorkers(session.parallelism()) : search;
            context.log(String.format(Locale.ROOT, "trials run as jobs of %s; %d at a time", session.describe(), spread.workers()));
            List<String> command = new ArrayList<>(engines().settingsArguments());
            command.add(TrialJob.COMMAND);
            TrialJobs jobs = new TrialJobs(session, command, task.id(), TrialJob.digest(context.dataset()), scratch);
            return new ArchitectureSearch(backend, spread).keepingTrialsIn(context.artifacts().directory()).trainingTrialsAs(jobs)
                    .run(task.id(), base, survey, listener);
        } finally {
            Directories.deleteQuietly(scratch);
        }
    }

    /**
     * What a trial job does ({@code mips search-trial}): rebuilds the search's data and request from the task and the
     * configuration it was given, checks that the data is the search's, and trains the one trial as the search would.
     *
     * @throws UserException when the data differs from the search's, or the spec cannot be read
     */
    public static TrialReport trial(Settings settings, Components components, Task task, TrialJob.Spec spec) {
        Dataset dataset = task.dataset(Task.STANDARD_DATA_SEED);
        if (!TrialJob.digest(dataset).equals(spec.dataDigest())) {
            throw new UserException(TrialJob.Spec.TYPE.fileName() + ": the data rebuilt here for task " + task.id() + " is not the "
                    + "search's (is this the same version of mips and of the task's suite?)");
        }
        TrainingBackend backend = components.get(TrainingBackend.class, settings.get(BACKEND));
        try {
            return TrialJob.train(backend, baseRequest(settings, task, dataset), searchSettings(settings).patience(), spec);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
