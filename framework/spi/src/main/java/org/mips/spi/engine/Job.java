package org.mips.spi.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One job of a batch: {@code mips ARGUMENTS}, run by an {@link ExecutionEngine} in a JVM of its own.
 *
 * @param name      its name, unique in its batch (a task's id, a trial's number)
 * @param directory its directory on this machine: the command's working directory, holding what earlier
 *                  runs left there; after the job it holds what the command left
 * @param arguments the command line after {@code mips}: options, then a command; without {@code --plugins-dir},
 *                  which the engine gives (the plugins of the installation it runs)
 * @param inputs    files on this machine that the arguments name by their absolute paths (a dataset, a
 *                  configuration file): an engine that runs the job on another machine takes them there and
 *                  names its copies instead
 * @param log       the file in {@code directory} that the command's standard error is appended to
 */
public record Job(String name, Path directory, List<String> arguments, List<Path> inputs, String log) {

    /**
     * The environment variable an engine sets to the id of the process a job's process must not outlive
     * (the command's, or the cluster executor's): mips ends when that process does, so that a job whose
     * engine is gone stops writing into its directory.
     */
    public static final String PARENT_ENV = "MIPS_PARENT_PID";

    public Job {
        arguments = List.copyOf(arguments);
        inputs = List.copyOf(inputs);
    }
}
