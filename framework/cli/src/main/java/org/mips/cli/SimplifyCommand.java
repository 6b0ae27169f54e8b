package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mips.core.UserException;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.search.Durations;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyReport;
import org.mips.core.simplify.SimplifyStep;
import org.mips.core.simplify.Simplifier;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Task;
import org.mips.spi.training.TrainingBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mips simplify}: runs a normalizer chain on a trained network and reports what each one did. */
@Command(name = "simplify",
        description = {"Simplify a trained network with a chain of normalizers (reference sections 3.6 and 4), "
                + "keeping a normalizer's result only when the network keeps its held-out accuracy.",
                "Writes simplified.json and simplify.json (metrics before and after every normalizer) next to the "
                        + "network or to --out, and prints the metrics table."})
final class SimplifyCommand implements Callable<Integer> {

    static final String DEFAULT_CHAIN = "l1,whiten,jordan,toeplitz,debias,quantize,repair";
    /** Training sequences the normalizers see (e.g. for whitening statistics). */
    static final int INPUT_SAMPLE = 4096;

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "FILE", description = "A trained network (network.json).")
    Path network;

    @Option(names = "--task", paramLabel = "ID",
            description = "The task the network was trained on (default: read from training.json, search.json or simplify.json beside the network).")
    String taskName;

    @Option(names = "--chain", split = ",", paramLabel = "ID", defaultValue = DEFAULT_CHAIN,
            description = "Normalizer ids in order (default: ${DEFAULT-VALUE}); 'mips plugins' lists them.")
    List<String> chain;

    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "5m",
            description = "How long one normalizer may run before it is abandoned (default: ${DEFAULT-VALUE}).")
    String timeLimit;

    @Option(names = "--backend", paramLabel = "ID", defaultValue = "cpu",
            description = "Training backend for normalizers that retrain (default: ${DEFAULT-VALUE}).")
    String backendId;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: the network's directory).")
    Path out;

    @Override
    public Integer call() {
        Duration limit;
        try {
            limit = Durations.parse(timeLimit);
        } catch (IllegalArgumentException e) {
            throw new UserException("--time-limit: " + e.getMessage());
        }
        Network start = JsonArtifacts.read(network, Network.class);
        Task task = root.mips().tasks().find(taskName != null ? taskName : RunFiles.taskBeside(network));
        List<Normalizer> normalizers = new ArrayList<>();
        for (String id : chain) {
            normalizers.add(root.mips().registry().get(Normalizer.class, id.trim()));
        }
        root.warnAboutSkippedPlugins();
        Dataset data = task.dataset(Task.STANDARD_DATA_SEED);
        if (data.inputDimension() != start.inputDim() || data.outputDimension() != start.outputDim()) {
            throw new UserException(network + ": the network has " + start.inputDim() + " inputs and " + start.outputDim()
                    + " outputs but " + task.id() + " has " + data.inputDimension() + " and " + data.outputDimension());
        }
        SequenceBatch inputs = data.train().x().slice(0, Math.min(INPUT_SAMPLE, data.train().count()));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(format("%s: simplifying %s (%s) with %s, held-out accuracy on %,d test sequences",
                task.id(), network, start.architecture().toText(), String.join(",", chain), data.test().count()));
        stdout.println(header());
        SimplifyReport report = new Simplifier(data, inputs, () -> root.mips().registry().get(TrainingBackend.class, backendId), limit).run(start, normalizers, new Simplifier.Listener() {
            @Override
            public void started(NetworkMetrics initial) {
                stdout.println(row("(start)", initial, ""));
                stdout.flush();
            }

            @Override
            public void stepFinished(SimplifyStep step) {
                stdout.println(row(step.normalizer(), step.after() != null ? step.after() : step.before(), status(step)));
                stdout.flush();
            }
        });
        Path dir = out != null ? out : network.toAbsolutePath().getParent();
        try {
            JsonArtifacts.write(dir.resolve("simplified.json"), report.network());
            JsonArtifacts.write(dir.resolve("simplify.json"), record(task, report));
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        NetworkMetrics before = report.initial();
        NetworkMetrics after = report.result();
        stdout.println(format("%s: %d of %d parameters non-zero (was %d), %d integer (was %d), effective hidden dim %d (was %d), "
                        + "%s; wrote %s, %s", task.id(), after.nonZero(), after.parameters(), before.nonZero(), after.integers(),
                before.integers(), after.effectiveHiddenDim(), before.effectiveHiddenDim(),
                after.perfect() ? "perfect" : format("accuracy %.6f", after.accuracy()),
                dir.resolve("simplified.json"), dir.resolve("simplify.json")));
        return 0;
    }

    private static Map<String, Object> record(Task task, SimplifyReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", 1);
        fields.put("task", task.id());
        fields.put("initial", report.initial());
        fields.put("steps", report.steps());
        fields.put("result", report.result());
        return fields;
    }

    private static String status(SimplifyStep step) {
        return switch (step.status()) {
            case APPLIED -> "applied";
            case REVERTED -> "reverted: " + step.reason();
            case FAILED -> "failed: " + step.reason();
        };
    }

    private static String header() {
        return format("%-10s %6s %8s %8s %6s %10s  %s", "STEP", "PARAMS", "NONZERO", "INTEGER", "DIM", "ACCURACY", "RESULT");
    }

    static String row(String name, NetworkMetrics m, String status) {
        return format("%-10s %6d %8d %8d %6d %10.6f  %s", name, m.parameters(), m.nonZero(), m.integers(),
                m.effectiveHiddenDim(), m.accuracy(), status);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
