package org.mips.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mips.core.UserException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.ArtifactType;

/**
 * What a benchmark run is, kept in {@code bench.json} so that {@code --resume} continues the same run:
 * its tasks, budgets, the settings its tasks run with, its command line, and the wall time of each
 * session so far.
 *
 * @param command              the command line that started the run
 * @param tasks                its tasks, in order
 * @param budgetPerTaskSeconds each task's search budget
 * @param stageDeadlineSeconds the deadline of every later stage
 * @param proveTimeoutSeconds  how long the prover's verifier may run
 * @param pluginsDir           the plugins directory every task runs with ({@code --plugins-dir}); null for the installation's
 * @param config               the configuration file every task runs with ({@code --config}); null for none
 * @param settings             every task's settings, as {@code KEY=VALUE} for {@code mips run --set}, later ones winning
 * @param sessions             seconds of each finished or interrupted session
 */
public record BenchManifest(String command, List<BenchTask> tasks, double budgetPerTaskSeconds, double stageDeadlineSeconds,
        double proveTimeoutSeconds, String pluginsDir, String config, List<String> settings, List<Double> sessions) {

    public static final ArtifactType<BenchManifest> FILE = ArtifactType.of("bench.json", BenchManifest.class, 2);

    public BenchManifest {
        tasks = List.copyOf(tasks);
        settings = List.copyOf(settings);
        sessions = List.copyOf(sessions);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("a benchmark has at least one task");
        }
    }

    /** The same run with one more session. */
    public BenchManifest withSession(double seconds) {
        List<Double> more = new ArrayList<>(sessions);
        more.add(Math.round(seconds * 10) / 10.0);
        return new BenchManifest(command, tasks, budgetPerTaskSeconds, stageDeadlineSeconds, proveTimeoutSeconds, pluginsDir, config,
                settings, more);
    }

    public double wallSeconds() {
        return sessions.stream().mapToDouble(Double::doubleValue).sum();
    }

    public void write(Path dir) {
        RunStore.at(dir).write(FILE, this);
    }

    /** The manifest of the run in {@code dir}; a missing or unreadable one is the user's error, naming the file. */
    public static BenchManifest read(Path dir) {
        RunStore store = RunStore.at(dir);
        if (!store.has(FILE)) {
            throw new UserException(store.file(FILE) + ": no such file; --resume continues a run that 'mips bench --out " + dir + "' started");
        }
        return store.read(FILE);
    }
}
