package org.mips.cli.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of one task's {@code mips run} in a JVM of its own: the benchmark runs each task in a
 * child process so that a task that crashes, runs out of memory or hangs can be stopped without
 * touching the others. The child gets this JVM's options and class path, and sees only its share of
 * the cores, so that its training threads do not compete with the other jobs'.
 *
 * @param launcher the java command, its options and the main class, without mips arguments
 * @param global   the mips options every command is given ({@code --plugins-dir}, {@code --config}, {@code --set})
 */
public record ChildCommand(List<String> launcher, List<String> global) {

    /** The environment variable naming the process whose end a child follows (see {@code Main}). */
    public static final String PARENT_ENV = "MIPS_PARENT_PID";

    public ChildCommand {
        launcher = List.copyOf(launcher);
        global = List.copyOf(global);
    }

    /**
     * A child like this JVM, seeing {@code cores} cores, with this command line's plugins directory,
     * configuration file and settings ({@code settings} as {@code KEY=VALUE}).
     */
    public static ChildCommand likeThisJvm(int cores, Optional<Path> pluginsDir, Optional<Path> config, List<String> settings) {
        List<String> launcher = new ArrayList<>();
        launcher.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Debuggers and coverage agents belong to this JVM only; the core count is set below.
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent") && !option.startsWith("-XX:ActiveProcessorCount")) {
                launcher.add(option);
            }
        }
        launcher.add("-XX:ActiveProcessorCount=" + cores);
        launcher.add("-cp");
        launcher.add(System.getProperty("java.class.path"));
        launcher.add("org.mips.cli.Main");
        List<String> global = new ArrayList<>();
        pluginsDir.ifPresent(dir -> {
            global.add("--plugins-dir");
            global.add(dir.toAbsolutePath().toString());
        });
        config.ifPresent(file -> {
            global.add("--config");
            global.add(file.toAbsolutePath().toString());
        });
        for (String setting : settings) {
            global.add("--set");
            global.add(setting);
        }
        return new ChildCommand(launcher, global);
    }

    /** The option of {@code mips run} that starts a task from a network trained elsewhere. */
    public static final String NETWORK = "--network";

    /**
     * {@code mips run} for {@code task} from stage {@code from} (empty: the first), with its artifacts in
     * {@code dir} and its events on standard output.
     */
    public List<String> run(BenchTask task, Optional<String> from, Path dir) {
        List<String> command = new ArrayList<>(launcher);
        command.add("run");
        List<String> source = new ArrayList<>(task.source());
        int network = source.indexOf(NETWORK);
        if (network >= 0 && from.isPresent()) {
            // The network was imported when the task first ran; a run that goes on from a later stage reads it there.
            source.subList(network, network + 2).clear();
        }
        command.addAll(source);
        command.addAll(global);
        command.addAll(List.of("--out", dir.toAbsolutePath().toString(), "--events", "-"));
        from.ifPresent(stage -> command.addAll(List.of("--from", stage)));
        return command;
    }
}
