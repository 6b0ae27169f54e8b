package org.mips.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mips.core.engine.Installations;
import org.mips.spi.engine.Installation;

/**
 * The command line of one task's {@code mips run} in a JVM of its own: a benchmark task runs its pipeline in
 * a child process so that a run that crashes, runs out of memory or hangs can be stopped without touching
 * anything else. The child gets this JVM's options, class path and core count.
 *
 * @param launcher the java command, its options and the main class, with the plugins directory
 * @param global   the mips options every command is given ({@code --config}, {@code --set})
 */
public record ChildCommand(List<String> launcher, List<String> global) {

    public ChildCommand {
        launcher = List.copyOf(launcher);
        global = List.copyOf(global);
    }

    /**
     * A child like this JVM, with this command line's plugins directory, configuration file and settings
     * ({@code settings} as {@code KEY=VALUE}).
     */
    public static ChildCommand likeThisJvm(Optional<Path> pluginsDir, Optional<Path> config, List<String> settings) {
        Installation installation = Installations.current(pluginsDir, "org.mips.cli.Main");
        List<String> launcher = installation.launcher(Runtime.getRuntime().availableProcessors());
        return new ChildCommand(launcher, global(config, settings));
    }

    /** The options before a command that give it {@code config} and {@code settings}. */
    public static List<String> global(Optional<Path> config, List<String> settings) {
        List<String> global = new ArrayList<>();
        config.ifPresent(file -> {
            global.add("--config");
            global.add(file.toAbsolutePath().toString());
        });
        for (String setting : settings) {
            global.add("--set");
            global.add(setting);
        }
        return global;
    }

    /** The option of {@code mips run} that starts a task from a network trained elsewhere. */
    public static final String NETWORK = "--network";

    /**
     * {@code mips run} for {@code task} from stage {@code from} (empty: the first), with its artifacts in
     * {@code dir} and its events on standard output.
     */
    public List<String> run(BenchTask task, Optional<String> from, Path dir) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(global);
        command.add("run");
        List<String> source = new ArrayList<>(task.source());
        int network = source.indexOf(NETWORK);
        if (network >= 0 && from.isPresent()) {
            // The network was imported when the task first ran; a run that goes on from a later stage reads it there.
            source.subList(network, network + 2).clear();
        }
        command.addAll(source);
        command.addAll(List.of("--out", dir.toAbsolutePath().toString(), "--events", "-"));
        from.ifPresent(stage -> command.addAll(List.of("--from", stage)));
        return command;
    }
}
