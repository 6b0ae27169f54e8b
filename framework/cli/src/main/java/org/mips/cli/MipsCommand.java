package org.mips.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.mips.core.Mips;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code mips} command: options shared by every subcommand, and the running host. */
@Command(name = "mips",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Opens trained recurrent networks and writes out the algorithm they learned as code.",
        subcommands = {TasksCommand.class, DataCommand.class, TrainCommand.class, SearchCommand.class, SimplifyCommand.class, ExtractCommand.class, RunCommand.class, BenchCommand.class, ProveCommand.class, PluginsCommand.class, EmitCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 bad input (one line says what and where)."})
final class MipsCommand implements Runnable, AutoCloseable {

    @Option(names = "--plugins-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Directory of plugin jars and zips (default: plugins/ of the installation; "
                    + "also -Dpf4j.pluginsDir).")
    Path pluginsDir;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Log details and show stack traces.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private Mips mips;

    /** The host, started on first use with this command line's plugins directory. */
    Mips mips() {
        if (mips == null) {
            mips = Mips.start(Optional.ofNullable(pluginsDir));
        }
        return mips;
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
