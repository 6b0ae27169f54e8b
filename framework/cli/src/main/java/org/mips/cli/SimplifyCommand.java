package org.mips.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyArtifacts;
import org.mips.core.simplify.SimplifyReport;
import org.mips.core.simplify.SimplifyStep;
import org.mips.core.simplify.Simplifier;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    NetworkOptions input;

    @Option(names = "--chain", split = ",", paramLabel = "ID", defaultValue = DEFAULT_CHAIN,
            description = "Normalizer ids in order (default: ${DEFAULT-VALUE}); 'mips plugins' lists them.")
    List<String> chain;

    @Option(names = "--time-limit", paramLabel = "TIME", defaultValue = "5m",
            description = "How long one normalizer may run before it is abandoned (default: ${DEFAULT-VALUE}).")
    String timeLimit;

    @Option(names = "--backend", paramLabel = "ID", defaultValue = "cpu",
            description = "Training backend for normalizers that retrain (default: ${DEFAULT-VALUE}).")
    String backendId;

    @Override
    public Integer call() {
        Duration limit = NetworkOptions.duration("--time-limit", timeLimit);
        NetworkOptions.Loaded loaded = input.load(root.mips());
        List<Normalizer> normalizers = new ArrayList<>();
        for (String id : chain) {
            normalizers.add(root.mips().registry().get(Normalizer.class, id.trim()));
        }
        root.warnAboutSkippedPlugins();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(format("%s: simplifying %s (%s) with %s, held-out accuracy on %,d test sequences", loaded.task().id(),
                input.network, loaded.network().architecture().toText(), String.join(",", chain), loaded.data().test().count()));
        stdout.println(header());
        SimplifyReport report = run(root.mips(), backendId, loaded, normalizers, limit, stdout, "");
        Path dir = input.outDir();
        List<Path> written;
        try {
            written = SimplifyArtifacts.write(dir, loaded.task().id(), report);
        } catch (UncheckedIOException e) {
            throw new UserException("--out " + dir + ": " + e.getCause().getMessage());
        }
        NetworkMetrics before = report.initial();
        NetworkMetrics after = report.result();
        stdout.println(format("%s: %d of %d parameters non-zero (was %d), %d integer (was %d), effective hidden dim %d (was %d), "
                        + "%s; wrote %s, %s", loaded.task().id(), after.nonZero(), after.parameters(), before.nonZero(), after.integers(),
                before.integers(), after.effectiveHiddenDim(), before.effectiveHiddenDim(),
                after.perfect() ? "perfect" : format("accuracy %.6f", after.accuracy()), written.get(0), written.get(1)));
        return 0;
    }

    /** The chain on {@code loaded}, a table row per step on {@code out}, each prefixed with {@code indent}. */
    static SimplifyReport run(Mips mips, String backendId, NetworkOptions.Loaded loaded, List<Normalizer> normalizers, Duration limit,
            PrintWriter out, String indent) {
        SequenceBatch inputs = loaded.data().train().x().slice(0, Math.min(INPUT_SAMPLE, loaded.data().train().count()));
        return new Simplifier(loaded.data(), inputs, () -> mips.registry().get(TrainingBackend.class, backendId), limit)
                .run(loaded.network(), normalizers, new Simplifier.Listener() {
                    @Override
                    public void started(NetworkMetrics initial) {
                        out.println(indent + row("(start)", initial, ""));
                        out.flush();
                    }

                    @Override
                    public void stepFinished(SimplifyStep step) {
                        out.println(indent + row(step.normalizer(), step.after() != null ? step.after() : step.before(), status(step)));
                        out.flush();
                    }
                });
    }

    private static String status(SimplifyStep step) {
        return switch (step.status()) {
            case APPLIED -> "applied";
            case REVERTED -> "reverted: " + step.reason();
            case FAILED -> "failed: " + step.reason();
        };
    }

    static String header() {
        return format("%-10s %6s %8s %8s %6s %10s  %s", "STEP", "PARAMS", "NONZERO", "INTEGER", "DIM", "ACCURACY", "RESULT");
    }

    private static String row(String name, NetworkMetrics m, String status) {
        return format("%-10s %6d %8d %8d %6d %10.6f  %s", name, m.parameters(), m.nonZero(), m.integers(),
                m.effectiveHiddenDim(), m.accuracy(), status);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
