package org.mips.core.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mips.core.UserException;
import org.mips.core.config.ConfigValue;
import org.mips.core.config.Configuration;
import org.mips.core.plugin.Problems;
import org.mips.core.result.TaskResults;
import org.mips.core.store.RunStore;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/**
 * The flow from a task to a program, shared by every front end (the command line, {@code mips bench}, an
 * application that embeds mips): the installed {@link Stage}s in their order, each run on a thread of
 * its own with its deadline. A stage ends done, stopped (the run ends there: it found nothing to pass on)
 * or failed (it threw or ran past its deadline: only it fails, and later stages whose inputs exist still
 * run). Every step is reported to the run's {@link PipelineListener}s.
 */
public final class Pipeline {

    /** The stages to run, in order; empty for the order their placements give. */
    public static final Setting<List<String>> STAGES = Setting.list("pipeline.stages", List.of(),
            "the stages to run, in order; empty: every installed stage, in the order their placements give");
    /** Optional stages to leave out. */
    public static final Setting<List<String>> SKIP = Setting.list("pipeline.skip", List.of(),
            "optional stages to leave out, e.g. prove or emit");

    private final List<Stage> installed;
    private final List<Stage> stages;
    private final Configuration configuration;
    private final Components components;

    /** A pipeline of {@code installed} stages, ordered by their placements and the configuration. */
    public Pipeline(List<Stage> installed, Configuration configuration, Components components) {
        this.installed = List.copyOf(installed);
        this.configuration = configuration;
        this.components = components;
        this.stages = StageOrder.of(installed, configuration.get(STAGES), configuration.get(SKIP), where(STAGES), where(SKIP));
    }

    /** The stages a run goes through, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The pipeline's own settings: the order, the stages left out, and the deadline of every installed stage. */
    public static List<Setting<?>> settings(List<Stage> installed, Settings settings) {
        List<Setting<?>> declared = new ArrayList<>(List.of(STAGES, SKIP));
        installed.forEach(stage -> declared.add(deadlineSetting(stage, settings)));
        return declared;
    }

    /** How long {@code stage} may run: {@code <id>.deadline}, or what the stage asks for. */
    public Duration deadline(Stage stage) {
        return deadline(stage, configuration);
    }

    /** How long {@code stage} may run with {@code settings}: {@code <id>.deadline}, or what the stage asks for. */
    public static Duration deadline(Stage stage, Settings settings) {
        return settings.get(deadlineSetting(stage, settings));
    }

    private static Setting<Duration> deadlineSetting(Stage stage, Settings settings) {
        return Setting.duration(stage.id() + ".deadline", stage.deadline(settings),
                "how long the " + stage.id() + " stage may run before it is stopped and fails");
    }

    /**
     * Has every stage check the configuration, as a run does with the stages it runs before it starts: what a
     * stage objects to is bad input, reported before any work is done.
     *
     * @throws UserException saying which stage objects to what
     */
    public void check() {
        stages.forEach(this::check);
    }

    /**
     * Runs the request's stages.
     *
     * @throws UserException before any stage runs, when a stage named by the request does not exist or objects to the
     *                       configuration, an artifact the first stages need is missing or unreadable, or the run
     *                       directory cannot be created
     */
    public PipelineResult run(PipelineRequest request, PipelineListener... listeners) {
        List<Stage> run = selected(request);
        run.forEach(this::check);
        RunStore store = request.store();
        Task task = request.task();
        Supplier<Dataset> dataset = memoized(() -> task.dataset(Task.STANDARD_DATA_SEED));
        run.forEach(stage -> check(stage, task, dataset));
        Set<String> inputs = inputs(run, store);
        Set<String> available = new HashSet<>(inputs);
        createDirectory(store.directory());
        RunLedger ledger = RunLedger.open(store, task.id());
        ledger.checkInputs(inputs);
        // No earlier run's artifact may speak for this one: those of the stages it runs, and of every stage
        // that reads what they write, go before anything runs; what the run reads stays.
        ledger.clean(stale(run), inputs);
        Run events = new Run(List.of(listeners));
        events.accept(new PipelineEvent.RunStarted(task.id(), task.description(), store.directory().toString(),
                run.stream().map(Stage::id).toList(), request.from().map(from -> run.get(0).id()).orElse(null)));
        List<StageReport> reports = new ArrayList<>();
        Map<String, String> writers = writers(run);
        for (Stage stage : run) {
            List<String> missing = stage.reads().stream().map(ArtifactType::fileName).filter(f -> !available.contains(f)).toList();
            if (!missing.isEmpty()) {
                events.accept(new PipelineEvent.StageSkipped(stage.id(), "it needs " + String.join(", ", missing.stream()
                        .map(f -> f + (writers.containsKey(f) ? ", which " + writers.get(f) + " did not write" : "")).toList())));
                continue;
            }
            StageReport report = runStage(stage, task, dataset, store, events, available, ledger);
            reports.add(report);
            if (report.outcome() instanceof StageOutcome.Stopped) {
                break;
            }
        }
        PipelineResult result = new PipelineResult(reports, TaskResults.of(task, store, reports));
        events.accept(new PipelineEvent.RunEnded(result.result()));
        return result;
    }

    private StageReport runStage(Stage stage, Task task, Supplier<Dataset> dataset, RunStore store, Run events, Set<String> available,
            RunLedger ledger) {
        Duration deadline = deadline(stage);
        RunContext context = new RunContext(stage.id(), task, dataset, store, configuration, components, Instant.now().plus(deadline),
                events);
        String summary;
        try {
            summary = stage.summary(context);
        } catch (RuntimeException e) {
            summary = "";
        }
        events.accept(new PipelineEvent.StageStarted(stage.id(), summary, deadline.toMillis() / 1000.0));
        Map<String, String> read = ledger.digests(Stream.concat(stage.reads().stream(), stage.optionalReads().stream())
                .map(ArtifactType::fileName).toList());
        long start = System.nanoTime();
        StageOutcome outcome = execute(stage, context, deadline);
        if (!(outcome instanceof StageOutcome.Failed)) {
            available.addAll(context.written());
        }
        double seconds = Math.round((System.nanoTime() - start) / 1e8) / 10.0;
        ledger.ran(stage.id(), outcome, seconds, context.written(), read);
        events.accept(new PipelineEvent.StageEnded(stage.id(), outcome, seconds));
        return new StageReport(stage.id(), outcome, seconds);
    }

    /**
     * The stage's work on a daemon thread of its own, with the stage's class loader as the context class
     * loader. Past the deadline the stage's access to the run is closed first, then its thread is
     * interrupted and abandoned, and the stage fails.
     */
    private static StageOutcome execute(Stage stage, RunContext context, Duration deadline) {
        try {
            // The context closes before the thread is interrupted: whatever an abandoned stage does next no longer reaches the run.
            StageOutcome outcome = TimeLimited.call("mips-stage-" + stage.id(), () -> stage.run(context), deadline,
                    stage.getClass().getClassLoader(), context::close);
            return outcome != null ? outcome : StageOutcome.failed("the stage returned no outcome");
        } catch (TimeoutException e) {
            return StageOutcome.failed("ran past its deadline of " + Setting.formatDuration(deadline) + " and was stopped");
        } catch (ExecutionException e) {
            return StageOutcome.failed(Problems.describe(e.getCause()));
        } catch (IllegalStateException interrupted) {
            return StageOutcome.failed("interrupted");
        }
    }

    /** An artifact made outside the pipeline, to be placed in a run directory with {@link #adopt}. */
    public record Placed<T>(ArtifactType<T> type, T value) {
    }

    /**
     * Puts artifacts made outside the pipeline (an imported network) into a run directory as if a stage named
     * {@code origin} had written them: what the stages that write the same artifacts, and every stage that reads
     * them, left there goes first, and {@code run.json} records {@code origin} as their writer, so that a run started
     * {@code --from} the next stage reads them as it reads any stage's, and a later run of those stages removes them.
     *
     * @throws UserException when the directory cannot be written or holds a run of another task
     */
    public void adopt(RunStore store, Task task, String origin, List<Placed<?>> artifacts) {
        createDirectory(store.directory());
        RunLedger ledger = RunLedger.open(store, task.id());
        ledger.checkTask();
        Set<String> files = artifacts.stream().map(placed -> placed.type().fileName()).collect(Collectors.toCollection(LinkedHashSet::new));
        ledger.clean(stale(installed.stream().filter(stage -> stage.writes().stream().anyMatch(type -> files.contains(type.fileName()))).toList()),
                Set.of());
        artifacts.forEach(placed -> write(store, placed));
        ledger.ran(origin, StageOutcome.done(), 0, List.copyOf(files), Map.of());
    }

    /** The first stage that comes after every stage writing {@code type}: where a run on an adopted {@code type} starts. */
    public String stageAfter(ArtifactType<?> type) {
        int last = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).writes().contains(type)) {
                last = i;
            }
        }
        if (last + 1 >= stages.size()) {
            throw new UserException("no stage of the pipeline comes after the one that writes " + type.fileName());
        }
        return stages.get(last + 1).id();
    }

    private static <T> void write(RunStore store, Placed<T> placed) {
        store.write(placed.type(), placed.value());
    }

    /**
     * Where an interrupted run of {@code task} in {@code store} goes on: the first stage whose latest run there
     * did not end, or failed; empty when the run ended (every stage done, or one stopped it). A stage that
     * has no record but all of whose artifacts are there counts as ended: they were made elsewhere, for
     * {@code --from}. An empty directory starts at the first stage.
     *
     * @throws UserException when the directory holds a run of another task
     */
    public Optional<String> resumeAt(RunStore store, String task) {
        Optional<RunRecord> record = store.find(RunRecord.FILE);
        if (record.isPresent() && !record.get().task().equals(task)) {
            throw RunLedger.anotherTask(store, record.get().task(), task);
        }
        Map<String, StageOutcome> ended = new HashMap<>();
        record.ifPresent(r -> r.stages().forEach(entry -> ended.put(entry.stage(), entry.outcome())));
        // The run in this directory began at the first stage with a record or with all its artifacts (a run --from
        // a later stage, on artifacts made elsewhere, has none for the stages before it).
        int first = 0;
        while (first < stages.size() && !ended.containsKey(stages.get(first).id()) && !madeElsewhere(stages.get(first), store)) {
            first++;
        }
        if (first == stages.size()) {
            return Optional.of(stages.get(0).id());
        }
        for (Stage stage : stages.subList(first, stages.size())) {
            StageOutcome outcome = ended.get(stage.id());
            if (outcome instanceof StageOutcome.Stopped) {
                return Optional.empty();
            }
            if (outcome instanceof StageOutcome.Failed || outcome == null && !madeElsewhere(stage, store)) {
                return Optional.of(stage.id());
            }
        }
        return Optional.empty();
    }

    /** Whether every artifact {@code stage} writes is in the directory, though it has no record there. */
    private static boolean madeElsewhere(Stage stage, RunStore store) {
        return !stage.writes().isEmpty() && stage.writes().stream().allMatch(store::has);
    }

    /** A stage's own check of the configuration; whatever it objects to is bad input. */
    private void check(Stage stage) {
        try {
            stage.check(configuration, components);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException("the " + stage.id() + " stage cannot run with this configuration: "
                    + (e.getMessage() != null ? e.getMessage() : Problems.describe(e)));
        }
    }

    /** A stage's own check of the task's data against the configuration; whatever it objects to is bad input. */
    private void check(Stage stage, Task task, Supplier<Dataset> dataset) {
        try {
            stage.check(configuration, components, task, dataset);
        } catch (UserException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UserException("the " + stage.id() + " stage cannot run on " + task.id() + " with this configuration: "
                    + (e.getMessage() != null ? e.getMessage() : Problems.describe(e)));
        }
    }

    /** The stages from the request's first to its last. */
    private List<Stage> selected(PipelineRequest request) {
        int first = request.from().map(id -> index(id, "start at")).orElse(0);
        int last = request.to().map(id -> index(id, "stop after")).orElse(stages.size() - 1);
        if (first > last) {
            throw new UserException("cannot stop after '" + request.to().orElseThrow() + "', which comes before '" + request.from().orElseThrow()
                    + "' where the run starts");
        }
        return stages.subList(first, last + 1);
    }

    private int index(String id, String option) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equalsIgnoreCase(id.strip())) {
                return i;
            }
        }
        boolean left = installed.stream().anyMatch(stage -> stage.id().equalsIgnoreCase(id.strip()));
        throw new UserException("cannot " + option + " '" + id + "': it is " + (left ? "left out by the configuration (pipeline.stages, "
                + "pipeline.skip)" : "not a stage") + "; the pipeline's stages are " + String.join(", ", stages.stream().map(Stage::id).toList()));
    }

    /**
     * The installed stages whose artifacts a run of {@code run} makes stale: those it runs, and every stage
     * that reads, directly or through others, what they write, whether or not it runs now.
     */
    private List<Stage> stale(List<Stage> run) {
        Set<String> changed = new HashSet<>();
        Set<Stage> stale = new LinkedHashSet<>(run);
        run.forEach(stage -> stage.writes().forEach(type -> changed.add(type.fileName())));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Stage stage : installed) {
                boolean reads = Stream.concat(stage.reads().stream(), stage.optionalReads().stream())
                        .anyMatch(type -> changed.contains(type.fileName()));
                if (reads && stale.add(stage)) {
                    stage.writes().forEach(type -> changed.add(type.fileName()));
                    grew = true;
                }
            }
        }
        return List.copyOf(stale);
    }

    /**
     * The artifacts the selected stages read that none of them writes before: each one they need must
     * already be in the run directory, and each that is there must be readable by this build.
     */
    private Set<String> inputs(List<Stage> run, RunStore store) {
        Set<String> written = new HashSet<>();
        Set<String> inputs = new HashSet<>();
        for (Stage stage : run) {
            for (ArtifactType<?> type : stage.reads()) {
                if (!written.contains(type.fileName()) && inputs.add(type.fileName())) {
                    if (!store.has(type)) {
                        String producer = stages.stream().filter(s -> s.writes().contains(type)).map(Stage::id).findFirst().orElse(null);
                        throw new UserException(store.file(type) + ": no such file; " + (producer == null ? "the " + stage.id()
                                + " stage needs it" : "run the " + producer + " stage first (or start --from an earlier stage)"));
                    }
                    store.read(type);
                }
            }
            for (ArtifactType<?> type : stage.optionalReads()) {
                if (!written.contains(type.fileName()) && store.has(type) && inputs.add(type.fileName())) {
                    store.read(type);
                }
            }
            stage.writes().forEach(type -> written.add(type.fileName()));
        }
        return inputs;
    }

    private static Map<String, String> writers(List<Stage> run) {
        Map<String, String> writers = new LinkedHashMap<>();
        run.forEach(stage -> stage.writes().forEach(type -> writers.putIfAbsent(type.fileName(), stage.id())));
        return writers;
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserException(directory + ": cannot create the run directory: "
                    + (Files.exists(directory) && !Files.isDirectory(directory) ? "it is not a directory" : Problems.describe(e)));
        }
        if (!Files.isWritable(directory)) {
            throw new UserException(directory + ": cannot write into the run directory (permission denied)");
        }
    }

    private String where(Setting<?> setting) {
        return configuration.value(setting.key()).map(ConfigValue::source).orElse("the configuration");
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** One run's listeners, called one event at a time. */
    private static final class Run implements java.util.function.Consumer<PipelineEvent> {

        private final List<PipelineListener> listeners;

        Run(List<PipelineListener> listeners) {
            this.listeners = List.copyOf(listeners);
        }

        @Override
        public synchronized void accept(PipelineEvent event) {
            for (PipelineListener listener : listeners) {
                event.deliverTo(listener);
            }
        }
    }
}
