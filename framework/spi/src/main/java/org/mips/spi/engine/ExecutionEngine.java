package org.mips.spi.engine;

import org.mips.spi.Component;

/**
 * Where the jobs of a batch run: as child processes of this machine ({@code local}, the default), or as
 * the tasks of a cluster application. Its id is what {@code --engine} names.
 *
 * <p>Every engine runs a {@link Job} the same way: {@code mips ARGUMENTS} in a fresh JVM of a mips
 * installation, with the job's directory as its working directory. An engine that runs jobs on other
 * machines brings them the installation, the job's directory and its inputs, and brings the directory
 * back, so that the command that started the batch finds it as a local engine would have left it.
 */
public interface ExecutionEngine extends Component {

    /**
     * Starts a session that runs jobs for one command (connects to the cluster, ships the installation).
     *
     * @throws EngineException when it cannot start: one line saying why (a bad master URL, no cluster there)
     */
    EngineSession start(EngineContext context);
}
