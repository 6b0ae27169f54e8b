package org.mips.core.engine;

import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import org.pf4j.Extension;

/**
 * The default engine: every job a child process of this machine, {@code --jobs} at a time, each seeing its
 * share of the cores so that its training threads do not compete with the other jobs'.
 */
@Extension
public final class LocalEngine implements ExecutionEngine {

    public static final String ID = "local";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Runs jobs as child processes of this machine, --jobs at a time (the default).";
    }

    @Override
    public EngineSession start(EngineContext context) {
        if (context.master().isPresent()) {
            throw new EngineException("--master " + context.master().get() + ": the local engine runs jobs on this machine; "
                    + "--master is for a cluster engine (--engine spark)");
        }
        if (context.parallel() < 1) {
            throw new EngineException("--jobs: must be at least 1, got " + context.parallel());
        }
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors() / context.parallel());
        return new LocalSession(context.installation().launcher(cores), context.parallel());
    }
}
