package org.mips.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mips.core.UserException;
import org.mips.core.config.Configuration;
import org.mips.spi.Components;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.spi.engine.Installation;

/**
 * Starts execution engines for the stages of this host that hand their work to jobs (the search, its trials). Jobs
 * run this host's installation, configured as this host is: {@link #settingsArguments()} gives them its values.
 */
public final class Engines {

    private final Components components;
    private final Configuration configuration;
    private final Optional<Installation> installation;

    /** @param installation how this JVM runs mips; empty for a host embedded in an application, which cannot start jobs */
    public Engines(Components components, Configuration configuration, Optional<Installation> installation) {
        this.components = components;
        this.configuration = configuration;
        this.installation = installation;
    }

    /**
     * Starts engine {@code id}, for {@code parallel} jobs at a time.
     *
     * @param option how the user named the engine, for messages ({@code search.engine})
     * @throws UserException when there is no such engine, the host has no installation, or the engine cannot start: one line
     */
    public EngineSession start(String option, String id, Optional<String> master, int parallel, Consumer<String> notes) {
        Installation here = installation.orElseThrow(() -> new UserException(option + " " + id
                + ": this host was started without its installation (Mips.builder().installation(...)), so it cannot run jobs"));
        return start(option, id, master, parallel, here, notes);
    }

    /**
     * Starts engine {@code id} for jobs of {@code here}, an installation other than the host's (a resumed benchmark
     * runs with the plugins it was started with).
     *
     * @throws UserException when there is no such engine or it cannot start: one line
     */
    public EngineSession start(String option, String id, Optional<String> master, int parallel, Installation here,
            Consumer<String> notes) {
        ExecutionEngine engine = find(option, id);
        try {
            return engine.start(new EngineContext(master, parallel, here, notes));
        } catch (EngineException e) {
            throw new UserException(option + " " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * The engine {@code id}, before anything is started.
     *
     * @throws UserException when there is none such: one line, naming those there are
     */
    public ExecutionEngine find(String option, String id) {
        try {
            return components.get(ExecutionEngine.class, id);
        } catch (RuntimeException e) {
            throw new UserException(option + " " + id + ": " + e.getMessage()
                    + (id.equals("spark") ? " (the spark engine is a plugin: put mips-engine-spark-*.zip into the plugins directory)" : ""), e);
        }
    }

    /** The configuration's values as {@code --set KEY=VALUE} options, for a job to be configured as this host is. */
    public List<String> settingsArguments() {
        List<String> arguments = new ArrayList<>();
        for (String assignment : configuration.assignments()) {
            arguments.add("--set");
            arguments.add(assignment);
        }
        return arguments;
    }
}
