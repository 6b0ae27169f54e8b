package org.mips.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mips.core.Mips;
import org.mips.core.engine.Installations;
import org.mips.core.config.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code mips} command: options shared by every subcommand, and the running host. */
@Command(name = "mips",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Opens trained recurrent networks and writes out the algorithm they learned as code.",
        subcommands = {TasksCommand.class, DataCommand.class, TrainCommand.class, SearchCommand.class, SimplifyCommand.class,
                ExtractCommand.class, ImportCommand.class, RunCommand.class, BenchCommand.class, BenchTaskCommand.class, SearchTrialCommand.class, ProveCommand.class, PluginsCommand.class, EmitCommand.class,
                ConfigCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Configuration: conf/mips.yml of the installation, then --config FILE, then the command's flags and --set KEY=VALUE; "
                + "'mips config' prints the effective one.",
                "Exit codes: 0 success, 1 internal error, 2 bad input (one line says what and where)."})
final class MipsCommand implements Runnable, AutoCloseable {

    /** The installation's configuration file, relative to {@code mips.home}. */
    static final Path INSTALLED_CONFIG = Path.of("conf", "mips.yml");

    @Option(names = "--plugins-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Directory of plugin jars and zips (default: plugins/ of the installation; "
                    + "also -Dpf4j.pluginsDir).")
    Path pluginsDir;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "A YAML configuration file laid over the installation's conf/mips.yml.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "Set one setting, e.g. --set search.budget=2m (repeatable; 'mips config' lists them).")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Log details and show stack traces.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private Mips mips;

    /** The host with the configuration files and {@code --set}, started on first use. */
    Mips mips() {
        return mips(new ConfigFlags());
    }

    /** The host with the configuration files, the command's flags and {@code --set}, started on first use. */
    Mips mips(ConfigFlags flags) {
        if (mips == null) {
            mips = Mips.builder().pluginsDir(Optional.ofNullable(pluginsDir)).configuration(configuration(flags))
                    .installation(Installations.current(Optional.ofNullable(pluginsDir), Main.class.getName())).start();
        }
        return mips;
    }

    /** The configuration: the installation's file, {@code --config}, then the flags and {@code --set}. */
    Configuration configuration(ConfigFlags flags) {
        Configuration configuration = Configuration.defaults();
        String home = System.getProperty("mips.home");
        if (home != null && Files.isRegularFile(Path.of(home).resolve(INSTALLED_CONFIG))) {
            configuration = configuration.withFile(Path.of(home).resolve(INSTALLED_CONFIG));
        }
        if (configFile != null) {
            configuration = configuration.withFile(configFile);
        }
        for (ConfigFlags.Flag flag : flags.flags()) {
            configuration = configuration.with(flag.key(), flag.value(), flag.flag());
        }
        for (String assignment : assignments) {
            configuration = configuration.withAssignment(assignment, "--set");
        }
        return configuration;
    }

    /** Prints a one-line warning per plugin that was skipped, so other commands don't hide them. */
    void warnAboutSkippedPlugins() {
        mips().registry().failures().forEach(f ->
                spec.commandLine().getErr().println("mips: warning: skipped " + f.source() + ": " + f.reason()));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Override
    public void close() {
        if (mips != null) {
            mips.close();
        }
    }
}
