package org.mips.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mips.cli.bench.Bench;
import org.mips.cli.bench.BenchBoard;
import org.mips.cli.bench.BenchManifest;
import org.mips.cli.bench.BenchTask;
import org.mips.cli.bench.ChildCommand;
import org.mips.cli.bench.SessionClock;
import org.mips.cli.bench.TaskJournal;
import org.mips.cli.bench.TaskRunner;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.report.BenchReport;
import org.mips.core.result.BenchResults;
import org.mips.core.result.PaperColumns;
import org.mips.core.result.ResultsFiles;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskStatus;
import org.mips.core.search.Durations;
import org.mips.core.stages.ProveStage;
import org.mips.core.stages.SearchStage;
import org.mips.spi.config.Setting;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.task.Task;
import org.mips.tasks.data.UserData;
import org.mips.tasks.data.UserDataTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips bench}: the whole pipeline on many tasks, in parallel, resumable, with tables and a report. */
@Command(name = "bench",
        description = {"Run the whole pipeline (as 'mips run') on many tasks, several at a time, each in a process of its own.",
                "Writes OUT/results.json, results.csv, results.md (the paper's table with our columns) and report.html, and every "
                        + "task's artifacts under OUT/tasks/<task>/. Stop it at any time: --resume continues where it stopped, "
                        + "without redoing finished tasks or stages."})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--tasks", split = ",", paramLabel = "TASK", description = "The tasks to run (ids or aliases, comma-separated).")
    List<String> taskNames;

    @Option(names = "--all", description = "Run all the built-in tasks (the paper's 62).")
    boolean all;

    @Option(names = "--data", paramLabel = "DIR", description = "Run every dataset (*.jsonl, *.json, *.csv) in this folder, each as a task.")
    Path dataDir;

    @Option(names = "--networks", paramLabel = "DIR", description = "Networks trained elsewhere, one per task: DIR/<task>.safetensors "
            + "(or <task>.json, a network.json). A task with one starts from it (mips run --network) instead of searching; alone, "
            + "the option runs the tasks it has networks for.")
    Path networksDir;

    @Option(names = "--budget-per-task", paramLabel = "TIME", defaultValue = "5m",
            description = "Each task's architecture search budget (default: ${DEFAULT-VALUE}); the search may overrun it by a minute.")
    String budget;

    @Option(names = "--stage-deadline", paramLabel = "TIME", defaultValue = "10m",
            description = "How long any later stage may run before it is stopped and its task counted as failed (default: ${DEFAULT-VALUE}).")
    String stageDeadline;

    @Option(names = "--prove-timeout", paramLabel = "TIME", defaultValue = "3m",
            description = "How long the prover's verifier may run per task before the proof counts as not found (default: ${DEFAULT-VALUE}; "
                    + "less than --stage-deadline, so that the task still emits its code).")
    String proveTimeout;

    @Option(names = "--jobs", paramLabel = "N", description = "Tasks run at once (default: one per core); each sees its share of the cores.")
    Integer jobs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/bench", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    EngineOptions engine;

    @Option(names = "--resume", description = "Continue the run in --out: its own tasks and budgets, skipping whatever finished.")
    boolean resume;

    @Override
    public Integer call() throws InterruptedException {
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = jobs == null ? cores : jobs;
        if (parallel < 1) {
            throw new UserException("--jobs: must be at least 1, got " + parallel);
        }
        if (!engine.local()) {
            engine.find(root.mips()); // an engine that is not installed is bad input, before anything else is read
        }
        BenchManifest manifest = resume ? resumed() : fresh();
        root.warnAboutSkippedPlugins();
        Optional<Path> pluginsDir = Optional.ofNullable(manifest.pluginsDir()).map(Path::of);
        PaperColumns paper = PaperColumns.load();
        // Before the run is recorded: an engine that cannot start leaves --out as it was.
        EngineSession session = engine.start(root.mips(), pluginsDir, parallel, spec.commandLine().getOut());
        manifest.write(out);
        BenchBoard board = new BenchBoard(spec.commandLine().getOut(), System.console() != null && System.getenv("CI") == null,
                manifest.tasks().size(), parallel, System::nanoTime);
        List<String> global = ChildCommand.global(Optional.ofNullable(manifest.config()).map(Path::of), manifest.settings());
        Bench bench = new Bench(out, manifest.tasks(), session, task -> job(task, global, manifest), paper, board);

        long imported = manifest.tasks().stream().filter(BenchTask::imported).count();
        String search = imported == manifest.tasks().size() ? "every one from its network, no search"
                : "search budget " + Durations.format(Duration.ofMillis(Math.round(manifest.budgetPerTaskSeconds() * 1000))) + " per task"
                + (imported == 0 ? "" : " (" + imported + " from their networks)");
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "mips bench: %d tasks, %s, %s, artifacts in %s%s",
                manifest.tasks().size(), session.describe(), search, out,
                manifest.sessions().isEmpty() ? "" : " (resuming; " + manifest.sessions().size() + " earlier session(s))"));
        SessionClock clock = new SessionClock(out, manifest, System::nanoTime).every(Duration.ofSeconds(5));
        Thread stopper = new Thread(() -> stop(session, clock), "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        List<TaskResult> results;
        try {
            results = bench.run(ended -> ResultsFiles.write(out, BenchResults.of(manifest.command(), parallel,
                    manifest.budgetPerTaskSeconds(), clock.tick().wallSeconds(), false, ended)));
        } finally {
            // A run that fails (a damaged file) was not stopped: it must not say that --resume continues it.
            withdraw(stopper);
            clock.close();
            session.close();
        }
        BenchManifest done = clock.tick();
        ResultsFiles.write(out, BenchResults.of(manifest.command(), parallel, manifest.budgetPerTaskSeconds(), done.wallSeconds(),
                results.size() == manifest.tasks().size(), results));
        Path report = BenchReport.write(out);
        board.close();
        var stdout = spec.commandLine().getOut();
        stdout.println(board.summary());
        stdout.println(String.format(Locale.ROOT, "wall time %s over %d session(s); results in %s, %s and %s; report: %s",
                ResultsFiles.minutes(done.wallSeconds()), done.sessions().size(), out.resolve(ResultsFiles.MARKDOWN), out.resolve(ResultsFiles.JSON),
                out.resolve(ResultsFiles.CSV), report));
        ResultsFiles.slowestProof(results).ifPresent(r -> stdout.println(String.format(Locale.ROOT, "slowest proof: %.1f s (%s)",
                r.proof().seconds(), r.task())));
        for (TaskResult r : results) {
            if (r.status() != TaskStatus.PROVEN) {
                stdout.println(String.format(Locale.ROOT, "  %s: %s at %s: %s", r.task(), r.status().label(), r.stage(), r.reason()));
            }
        }
        return 0;
    }

    private static void withdraw(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C or a kill: the hook is running, as it should
        }
    }

    /** On Ctrl-C or a kill: stop the jobs, and keep this session's time for the resumed run's total. */
    private void stop(EngineSession session, SessionClock clock) {
        session.cancel();
        clock.close();
        clock.tick();
        spec.commandLine().getErr().println("mips bench: stopped; 'mips bench --resume --out " + out + "' continues the run");
        spec.commandLine().getErr().flush();
    }

    /**
     * The job that runs {@code task} in its directory: {@code mips bench-task} with the run's configuration and
     * settings; the files its command line names (configuration, dataset, network) are its inputs.
     */
    private Job job(BenchTask task, List<String> global, BenchManifest manifest) {
        List<String> arguments = new ArrayList<>(global);
        arguments.addAll(List.of("bench-task", task.id(), "--"));
        arguments.addAll(task.source());
        List<Path> inputs = new ArrayList<>(task.inputs());
        Optional.ofNullable(manifest.config()).map(Path::of).ifPresent(inputs::add);
        return new Job(task.id(), Bench.taskDir(out, task), arguments, inputs, TaskRunner.LOG_FILE);
    }

    private BenchManifest resumed() {
        if (taskNames != null || all || dataDir != null || networksDir != null) {
            throw new UserException("--resume continues the run in --out with its own tasks; do not give --tasks, --all, --data or --networks");
        }
        if (root.configFile != null || !root.assignments.isEmpty()) {
            throw new UserException("--resume continues the run in --out with its own configuration; do not give --config or --set");
        }
        BenchManifest manifest = BenchManifest.read(out);
        // Every journal is read before anything starts, so that a damaged one stops the run here, not midway.
        manifest.tasks().forEach(task -> TaskJournal.open(out.resolve(Bench.TASKS_DIR).resolve(task.id()), task.id()));
        String plugins = root.pluginsDir == null ? null : root.pluginsDir.toAbsolutePath().toString();
        if (plugins != null && !plugins.equals(manifest.pluginsDir())) {
            throw new UserException("--plugins-dir " + root.pluginsDir + ": the run in " + out + " uses "
                    + (manifest.pluginsDir() == null ? "the installation's plugins" : manifest.pluginsDir()) + "; --resume continues it with them");
        }
        return manifest;
    }

    private BenchManifest fresh() {
        int sources = (taskNames != null ? 1 : 0) + (all ? 1 : 0) + (dataDir != null ? 1 : 0);
        if (sources > 1 || sources == 0 && networksDir == null) {
            throw new UserException("give one of --tasks A,B,..., --all, --data DIR or --networks DIR (or --resume to continue a run)");
        }
        if (Files.exists(out.resolve(BenchManifest.FILE.fileName()))) {
            throw new UserException("--out " + out + ": holds an earlier benchmark run; continue it with --resume, or choose another --out");
        }
        Duration searchBudget = duration("--budget-per-task", budget);
        Duration deadline = duration("--stage-deadline", stageDeadline);
        Duration proofLimit = duration("--prove-timeout", proveTimeout);
        if (proofLimit.compareTo(deadline) >= 0) {
            throw new UserException("--prove-timeout " + proveTimeout + ": must be less than --stage-deadline " + stageDeadline
                    + ", or the deadline stops the proof before it can report");
        }
        Mips mips = root.mips();
        Map<String, Path> networks = networksDir == null ? Map.of() : networks();
        List<BenchTask> tasks = withNetworks(dataDir != null ? userTasks() : sources == 0 ? networkTasks(networks) : builtInTasks(), networks);
        List<String> settings = taskSettings(mips, searchBudget, deadline, proofLimit);
        // What every task's process would refuse is refused here, once, before a task runs: its configuration
        // is this command line's with the task settings under its --set.
        ConfigFlags taskFlags = new ConfigFlags();
        settings.forEach(setting -> taskFlags.assign(setting, "mips bench"));
        new Pipeline(mips.registry().all(Stage.class), root.configuration(taskFlags), mips.registry()).check();
        settings.addAll(root.assignments);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserException("--out " + out + ": cannot create it: " + e.getMessage());
        }
        return new BenchManifest(commandLine(), tasks, searchBudget.toMillis() / 1000.0, deadline.toMillis() / 1000.0,
                proofLimit.toMillis() / 1000.0, root.pluginsDir == null ? null : root.pluginsDir.toAbsolutePath().toString(),
                root.configFile == null ? null : root.configFile.toAbsolutePath().toString(), settings, List.of());
    }

    /**
     * What every task runs with: the search budget, the proof's time, and every later stage's deadline
     * (each task's process stops a stage that overruns it, so that only that stage fails); the command
     * line's {@code --set} follow, and win.
     */
    private static List<String> taskSettings(Mips mips, Duration searchBudget, Duration deadline, Duration proofLimit) {
        List<String> settings = new ArrayList<>(List.of(SearchStage.BUDGET.key() + "=" + Setting.formatDuration(searchBudget),
                ProveStage.TIMEOUT.key() + "=" + Setting.formatDuration(proofLimit)));
        for (Stage stage : mips.pipeline().stages()) {
            if (!stage.id().equals(BuiltInStages.SEARCH)) {
                settings.add(stage.id() + ".deadline=" + Setting.formatDuration(deadline));
            }
        }
        return settings;
    }

    /** A duration option's value, or one line naming the option. */
    private static Duration duration(String option, String value) {
        try {
            return Setting.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage());
        }
    }

    private List<BenchTask> builtInTasks() {
        List<Task> tasks = new ArrayList<>();
        if (all) {
            tasks.addAll(root.mips().tasks().all());
        } else {
            for (String name : taskNames) {
                tasks.add(root.mips().tasks().find(name.trim()));
            }
        }
        Set<String> seen = new HashSet<>();
        List<BenchTask> bench = new ArrayList<>();
        for (Task task : tasks.stream().sorted(Comparator.comparing((Task t) -> t.id().toLowerCase(Locale.ROOT))).toList()) {
            if (seen.add(task.id())) {
                bench.add(new BenchTask(task.id(), task.description(), List.of(task.id())));
            }
        }
        return bench;
    }

    /** The networks of {@code --networks}, by the task id their file is named after. */
    private Map<String, Path> networks() {
        if (!Files.isDirectory(networksDir)) {
            throw new UserException("--networks " + networksDir + ": not a directory");
        }
        // Task ids are found regardless of case, so parity_all.safetensors is Parity_All's network.
        Map<String, Path> networks = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (Stream<Path> listing = Files.list(networksDir)) {
            for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && List.of(".safetensors", ".json").contains(name.substring(dot).toLowerCase(Locale.ROOT))) {
                    Path other = networks.put(name.substring(0, dot), file.toAbsolutePath());
                    if (other != null) {
                        throw new UserException(file + ": " + other.getFileName() + " is a network for the same task; keep one of them");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (networks.isEmpty()) {
            throw new UserException("--networks " + networksDir + ": no <task>.safetensors or <task>.json files");
        }
        return networks;
    }

    /** The built-in tasks {@code --networks} has a file for; a file named after no task is bad input. */
    private List<BenchTask> networkTasks(Map<String, Path> networks) {
        List<BenchTask> tasks = new ArrayList<>();
        for (Map.Entry<String, Path> network : networks.entrySet()) {
            Task task;
            try {
                task = root.mips().tasks().find(network.getKey());
            } catch (UserException e) {
                throw new UserException(network.getValue() + ": named after no task (" + e.getMessage() + ")");
            }
            tasks.add(new BenchTask(task.id(), task.description(), List.of(task.id())));
        }
        return tasks;
    }

    /** Each task that {@code --networks} has a file for starts from it. */
    private static List<BenchTask> withNetworks(List<BenchTask> tasks, Map<String, Path> networks) {
        List<BenchTask> started = new ArrayList<>();
        for (BenchTask task : tasks) {
            Path network = networks.get(task.id());
            List<String> source = new ArrayList<>(task.source());
            if (network != null) {
                source.addAll(List.of(ChildCommand.NETWORK, network.toString()));
            }
            started.add(new BenchTask(task.id(), task.description(), source));
        }
        return started;
    }

    private List<BenchTask> userTasks() {
        if (!Files.isDirectory(dataDir)) {
            throw new UserException("--data " + dataDir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dataDir)) {
            files = listing.filter(f -> Files.isRegularFile(f) && Stream.of(".jsonl", ".json", ".csv").anyMatch(f.toString()::endsWith))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new UserException("--data " + dataDir + ": no *.jsonl, *.json or *.csv files");
        }
        List<BenchTask> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            UserDataTask task = new UserDataTask(UserData.read(file));
            if (!ids.add(task.id())) {
                throw new UserException(file + ": its task id '" + task.id() + "' is also another file's; rename one of them");
            }
            tasks.add(new BenchTask(task.id(), task.description(), List.of("--data", file.toAbsolutePath().toString())));
        }
        return tasks;
    }

    private String commandLine() {
        List<String> args = new ArrayList<>(List.of("mips", "bench"));
        if (all) {
            args.add("--all");
        }
        if (taskNames != null) {
            args.add("--tasks " + String.join(",", taskNames));
        }
        if (dataDir != null) {
            args.add("--data " + dataDir);
        }
        if (networksDir != null) {
            args.add("--networks " + networksDir);
        }
        // Every budget, defaults too, so that the recorded command reproduces the run whatever the defaults become.
        args.add("--budget-per-task " + budget);
        args.add("--prove-timeout " + proveTimeout);
        args.add("--stage-deadline " + stageDeadline);
        if (jobs != null) {
            args.add("--jobs " + jobs);
        }
        if (root.configFile != null) {
            args.add("--config " + root.configFile);
        }
        root.assignments.forEach(assignment -> args.add("--set " + assignment));
        return String.join(" ", args);
    }
}
