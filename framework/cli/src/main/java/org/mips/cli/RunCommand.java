package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mips.cli.bench.Stage;
import org.mips.core.UserException;
import org.mips.core.extract.ExtractArtifacts;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.io.ProgramFiles;
import org.mips.core.regress.Formula;
import org.mips.core.regress.ProgramAssembler;
import org.mips.core.regress.Synthesis;
import org.mips.core.regress.Verification;
import org.mips.core.search.ArchitectureSearch;
import org.mips.core.search.Durations;
import org.mips.core.search.SearchArtifacts;
import org.mips.core.search.SearchListener;
import org.mips.core.search.SearchOutcome;
import org.mips.core.search.SearchSettings;
import org.mips.core.search.TrialRecord;
import org.mips.core.io.AtomicFiles;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyArtifacts;
import org.mips.core.simplify.SimplifyReport;
import org.mips.core.prove.ProofRecord;
import org.mips.core.prove.Proving;
import org.mips.spi.emit.CheckResult;
import org.mips.spi.prove.Prover;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.regress.Regressor;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import org.mips.tasks.data.UserData;
import org.mips.tasks.data.UserDataTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips run}: the whole pipeline on one task, from data to a verified program. */
@Command(name = "run",
        description = {"Search, simplify, extract, regress, verify and emit: from a task (or your data) to a verified program.",
                "Every stage writes its artifacts to the output directory as it finishes; --from STAGE starts from the "
                        + "artifacts of a finished run instead of redoing the stages before it."})
final class RunCommand implements Callable<Integer> {

    /** The order regressors are tried in when installed: cheapest first; others follow by id. */
    static final List<String> REGRESSOR_ORDER = List.of("linear", "boolean", "symbolic", "table");

    /** The chosen network's evaluations during its training: the report's training curve. */
    static final String CURVE_FILE = "curve.json";

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TASK", description = "Task id or alias (see 'mips tasks').")
    String taskName;

    @Option(names = "--data", paramLabel = "FILE", description = "Your own data (JSON Lines or CSV) instead of a built-in task.")
    Path data;

    @Option(names = "--budget", paramLabel = "TIME", defaultValue = "5m", description = "Time for the architecture search (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--from", paramLabel = "STAGE", description = "Start at this stage (search, simplify, extract, regress, verify, prove, emit), "
            + "reading the earlier stages' artifacts from the output directory.")
    String from;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", defaultValue = "python,java,dafny",
            description = "Emitters for the verified program (default: ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--backend", paramLabel = "ID", defaultValue = "cpu", description = "Training backend (default: ${DEFAULT-VALUE}).")
    String backendId;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<task>).")
    Path out;

    @Option(names = "--prove-timeout", paramLabel = "TIME", defaultValue = "10m",
            description = "How long the prover's verifier may run before the proof counts as not found (default: ${DEFAULT-VALUE}).")
    String proveTimeout;

    private PrintWriter stdout;

    @Override
    public Integer call() {
        Task task = task();
        Stage start = start();
        Duration searchBudget = NetworkOptions.duration("--budget", budget);
        Duration proofLimit = NetworkOptions.duration("--prove-timeout", proveTimeout);
        root.warnAboutSkippedPlugins();
        stdout = spec.commandLine().getOut();
        Path dir = out != null ? out : Path.of("runs", task.id());
        Dataset dataset = task.dataset(Task.STANDARD_DATA_SEED);
        stdout.println(format("%s: %s; artifacts in %s", task.id(), task.description(), dir));
        try {
            Network network = null;
            if (start == Stage.SEARCH) {
                network = search(task, searchBudget, dir);
                if (network == null) {
                    return 0;
                }
            }
            Network simplified = null;
            if (start.compareTo(Stage.SIMPLIFY) <= 0) {
                simplified = simplify(task, dataset, network != null ? network : read(dir, "network.json", Network.class, Stage.SEARCH), dir);
            }
            StateMachine machine = null;
            if (start.compareTo(Stage.EXTRACT) <= 0) {
                Network input = simplified != null ? simplified : read(dir, "simplified.json", Network.class, Stage.SIMPLIFY);
                machine = extract(task, dataset, input, dir);
                if (machine == null) {
                    return 0;
                }
            }
            Program program = null;
            if (start.compareTo(Stage.REGRESS) <= 0) {
                program = regress(task, machine != null ? machine : read(dir, "machine.json", StateMachine.class, Stage.EXTRACT), dir);
                if (program == null) {
                    return 0;
                }
            }
            if (program == null) {
                program = readProgram(dir);
            }
            if (start.compareTo(Stage.VERIFY) <= 0 && !verify(task, dataset, program, dir)) {
                return 0;
            }
            if (start.compareTo(Stage.PROVE) <= 0) {
                prove(task, program, machine != null ? machine : ProveCommand.machineIfAny(dir.resolve(ExtractArtifacts.MACHINE_FILE)), proofLimit,
                        dir);
            }
            List<Path> code = emit(program, dir);
            summary(task, program, dir, code);
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        return 0;
    }

    private Task task() {
        if ((taskName == null) == (data == null)) {
            throw new UserException("give a TASK or --data FILE (one of them)");
        }
        return data != null ? new UserDataTask(UserData.read(data)) : root.mips().tasks().find(taskName);
    }

    private Stage start() {
        if (from == null) {
            return Stage.SEARCH;
        }
        return Stage.of(from.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UserException("--from: '" + from + "' is not a stage; use search, simplify, extract, regress, verify, prove or emit"));
    }

    private static <T> T read(Path dir, String file, Class<T> type, Stage producer) {
        if (Files.notExists(dir.resolve(file))) {
            throw new UserException(dir.resolve(file) + ": no such file; run the " + producer.name().toLowerCase(Locale.ROOT)
                    + " stage first (or start --from an earlier stage)");
        }
        return JsonArtifacts.read(dir.resolve(file), type);
    }

    private static Program readProgram(Path dir) {
        if (Files.notExists(dir.resolve("program.json"))) {
            throw new UserException(dir.resolve("program.json") + ": no such file; run the regress stage first");
        }
        return ProgramFiles.read(dir.resolve("program.json"));
    }

    private void stage(Stage stage, String detail) {
        stdout.println();
        stdout.println("== " + stage.id() + ": " + detail);
        stdout.flush();
    }

    private Network search(Task task, Duration searchBudget, Path dir) {
        TrainingBackend backend = root.mips().registry().get(TrainingBackend.class, backendId);
        SearchSettings settings = SearchSettings.defaults().withBudget(searchBudget);
        stage(Stage.SEARCH, format("smallest perfect network, backend %s, budget %s, %d workers", backend.id(),
                Durations.format(searchBudget), settings.workers()));
        TrainingRequest base = TrainingRequest.paperDefaults(Architecture.linear(1), task.dataset(Task.STANDARD_DATA_SEED),
                task.defaultSteps(), 0);
        SearchOutcome outcome = new ArchitectureSearch(backend, settings).run(task.id(), base, new SearchListener() {
            @Override
            public void trialFinished(TrialRecord trial) {
                stdout.println(format("  trial %d: %s seed %d, %,d steps, accuracy %.6f%s", trial.index(), trial.architecture(),
                        trial.seed(), trial.steps(), trial.bestAccuracy(), trial.perfectAtStep() != null ? " (perfect)" : ""));
                stdout.flush();
            }
        });
        SearchArtifacts.write(dir, outcome);
        if (outcome.chosenTraining().isEmpty()) {
            stdout.println(format("%s: stopped at search: no perfect network within %s (best accuracy %.6f); see %s", task.id(),
                    Durations.format(searchBudget), outcome.result().bestAccuracy(), dir.resolve(SearchArtifacts.RESULT_FILE)));
            return null;
        }
        TrainingResult chosen = outcome.chosenTraining().orElseThrow();
        Network network = chosen.network();
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("schemaVersion", 1);
        curve.put("task", task.id());
        curve.put("architecture", network.architecture().toText());
        curve.put("curve", chosen.curve());
        JsonArtifacts.write(dir.resolve(CURVE_FILE), curve);
        stdout.println("  chose " + network.architecture().toText());
        return network;
    }

    private Network simplify(Task task, Dataset dataset, Network network, Path dir) {
        List<Normalizer> chain = new ArrayList<>();
        for (String id : SimplifyCommand.DEFAULT_CHAIN.split(",")) {
            root.mips().registry().all(Normalizer.class).stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(chain::add);
        }
        stage(Stage.SIMPLIFY, "normalizers " + String.join(",", chain.stream().map(Normalizer::id).toList()));
        stdout.println("  " + SimplifyCommand.header());
        SimplifyReport report = SimplifyCommand.run(root.mips(), backendId, new NetworkOptions.Loaded(network, task, dataset), chain,
                Duration.ofMinutes(5), stdout, "  ");
        SimplifyArtifacts.write(dir, task.id(), report);
        NetworkMetrics result = report.result();
        stdout.println(format("  %d of %d parameters non-zero, %d integer, %s", result.nonZero(), result.parameters(), result.integers(),
                result.perfect() ? "perfect" : format("accuracy %.6f", result.accuracy())));
        return report.network();
    }

    private StateMachine extract(Task task, Dataset dataset, Network network, Path dir) {
        List<RepresentationDetector> detectors = ExtractCommand.installed(root.mips().registry().all(RepresentationDetector.class));
        stage(Stage.EXTRACT, "detectors " + String.join(",", detectors.stream().map(RepresentationDetector::id).toList()));
        ExtractCommand.Result result = ExtractCommand.run(new NetworkOptions.Loaded(network, task, dataset), detectors,
                ExtractCommand.TRACE_SEQUENCES, ExtractCommand.REPLAY_SEQUENCES, Duration.ofMinutes(2), dir, stdout, "  ");
        if (result.machine() == null) {
            stdout.println(format("%s: stopped at extract", task.id()));
        }
        return result.machine();
    }

    /** The installed regressors, cheapest first. */
    static List<Regressor> regressors(MipsCommand root) {
        List<Regressor> regressors = new ArrayList<>(root.mips().registry().all(Regressor.class));
        regressors.sort(Comparator.comparingInt((Regressor r) -> REGRESSOR_ORDER.contains(r.id()) ? REGRESSOR_ORDER.indexOf(r.id())
                : REGRESSOR_ORDER.size()).thenComparing(Regressor::id));
        return regressors;
    }

    private Program regress(Task task, StateMachine machine, Path dir) {
        List<Regressor> regressors = regressors(root);
        stage(Stage.REGRESS, "regressors " + String.join(",", regressors.stream().map(Regressor::id).toList()));
        Synthesis synthesis = new ProgramAssembler(regressors, Duration.ofMinutes(1)).assemble(task, machine);
        for (Formula f : synthesis.formulas()) {
            stdout.println(f.fitted() ? format("  %s = %s   (%s, %d nodes, %d rows)", f.target(), shortened(f.formula()), f.regressor(), f.size(), f.rows())
                    : format("  %s: nothing fitted (%s)", f.target(), String.join("; ", f.attempts())));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task.id());
        record.put("formulas", synthesis.formulas());
        JsonArtifacts.write(dir.resolve("regress.json"), record);
        if (synthesis.program().isEmpty()) {
            stdout.println(format("%s: stopped at regress: %s", task.id(), synthesis.whyNone()));
            return null;
        }
        Program program = synthesis.program().orElseThrow();
        JsonArtifacts.write(dir.resolve("program.json"), program);
        return program;
    }

    private boolean verify(Task task, Dataset dataset, Program program, Path dir) {
        stage(Stage.VERIFY, "the whole held-out split" + (task.generator().isPresent() ? format(" and %,d fresh sequences of %d steps",
                Verification.FRESH_SEQUENCES, task.sequenceLength() * Verification.LENGTH_FACTOR) : ""));
        Verification verification = Verification.of(program, task, dataset.test());
        for (Verification.Check check : verification.checks()) {
            stdout.println(format("  %s (%,d sequences): %s", check.name(), check.sequences(),
                    check.passed() ? "every output matches" : "FAILED: " + check.counterexample()));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task.id());
        record.put("passed", verification.passed());
        record.put("checks", verification.checks());
        JsonArtifacts.write(dir.resolve("verification.json"), record);
        stdout.println();
        stdout.println(program(program));
        if (!verification.passed()) {
            stdout.println(format("%s: NOT solved: the program fails verification; see %s", task.id(), dir.resolve("verification.json")));
            return false;
        }
        stdout.println(format("%s: solved: the program reproduces every checked output", task.id()));
        return true;
    }

    private void prove(Task task, Program program, StateMachine machine, Duration limit, Path dir) {
        List<Prover> provers = root.mips().registry().all(Prover.class);
        if (provers.isEmpty()) {
            stage(Stage.PROVE, "skipped: no prover plugin is installed");
            try {
                // An earlier run's verdict would speak for a program it may not have seen.
                Files.deleteIfExists(dir.resolve(Proving.RECORD_FILE));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Prover prover = provers.get(0);
        stage(Stage.PROVE, prover.id() + (task.specification().isPresent() ? ": the program against the task's specification, for every input length"
                : ": the program against the extracted machine's tables (the data has no specification)"));
        ProofRecord record = ProveCommand.prove(root, task, program, machine, prover, limit, dir);
        stdout.println(ProveCommand.describe(record, dir));
    }

    private List<Path> emit(Program program, Path dir) {
        stage(Stage.EMIT, String.join(",", languages));
        List<Path> written = new ArrayList<>();
        for (String language : languages) {
            CodeEmitter emitter = root.mips().registry().get(CodeEmitter.class, language.trim());
            EmittedCode code = emitter.emit(program);
            AtomicFiles.write(dir.resolve(code.fileName()), code.source());
            written.add(dir.resolve(code.fileName()));
            CheckResult check = emitter.check(program, code);
            stdout.println(format("  wrote %s; check: %s: %s", dir.resolve(code.fileName()),
                    check.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), check.detail()));
        }
        return written;
    }

    /** The run's outcome in a few lines: the program, whether it is proven, and where its code is. */
    private void summary(Task task, Program program, Path dir, List<Path> code) {
        stdout.println();
        stdout.println("== summary");
        stdout.println(program(program));
        Path proofFile = dir.resolve(Proving.RECORD_FILE);
        String proof = "not proven: no proof was attempted";
        if (Files.isRegularFile(proofFile)) {
            ProofRecord record = JsonArtifacts.read(proofFile, ProofRecord.class);
            proof = record.proven() ? "PROVEN by " + record.prover() + ": " + record.claim()
                    : "not proven (" + record.status() + "): " + record.detail();
        }
        stdout.println(format("%s: verified; %s", task.id(), proof));
        if (!code.isEmpty()) {
            stdout.println("code: " + String.join(", ", code.stream().map(Path::toString).toList()));
        }
    }

    /** Console width for a formula; the whole one is in program.json. */
    private static final int SHOWN = 160;

    private static String shortened(String formula) {
        return formula.length() <= SHOWN ? formula : formula.substring(0, SHOWN) + " ... (" + formula.length() + " characters; see program.json)";
    }

    /** The program in the IR's text form, long formulas shortened. */
    static String program(Program program) {
        StringBuilder text = new StringBuilder("program " + program.name() + "(" + String.join(", ",
                program.inputs().stream().map(i -> i.name() + " in " + i.min() + ".." + i.max()).toList()) + "):\n");
        for (StateVariable v : program.state()) {
            text.append("  ").append(v.name()).append(" = ").append(v.initial()).append("; each step ").append(v.name()).append(" := ")
                    .append(shortened(ExprSyntax.format(v.next()))).append('\n');
        }
        program.outputs().forEach(o -> text.append("  output ").append(o.name()).append(" = ").append(shortened(ExprSyntax.format(o.value()))).append('\n'));
        return text.toString().stripTrailing();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
