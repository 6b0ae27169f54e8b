package org.mips.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.engine.Installations;
import org.mips.core.engine.LocalEngine;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import picocli.CommandLine.Option;

/** {@code --engine} and {@code --master}: where a command's jobs run. */
final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ID", defaultValue = LocalEngine.ID,
            description = "Where the jobs run: local (child processes of this machine; the default) or an engine plugin's id, "
                    + "e.g. spark (plugins/mips-engine-spark-*.zip).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "The cluster a cluster engine runs on: local[N], spark://HOST:PORT, ... (default: what spark-submit provides).")
    String master;

    /** Whether the jobs run as child processes of this machine. */
    boolean local() {
        return LocalEngine.ID.equals(engine);
    }

    /**
     * The engine {@code --engine} names, before anything is started.
     *
     * @throws UserException when there is none such: one line, naming those there are
     */
    ExecutionEngine find(Mips mips) {
        return mips.engines().find("--engine", engine);
    }

    /**
     * Starts the engine for jobs of {@code mips} with {@code pluginsDir}'s plugins (a resumed run's own), {@code parallel}
     * at a time.
     *
     * @throws UserException when there is no such engine or it cannot start: one line
     */
    EngineSession start(Mips mips, Optional<Path> pluginsDir, int parallel, PrintWriter notes) {
        return mips.engines().start("--engine", engine, Optional.ofNullable(master), parallel,
                Installations.current(pluginsDir, Main.class.getName()), line -> {
                    notes.println(line);
                    notes.flush();
                });
    }
}
