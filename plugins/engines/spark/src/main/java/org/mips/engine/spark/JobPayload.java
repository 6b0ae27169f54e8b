package org.mips.engine.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One job as it travels to an executor.
 *
 * @param name       the job's name, for messages
 * @param arguments  its mips command line; an argument that names an input is {@link #INPUT} followed by the
 *                   input's index, which the executor replaces with the path of its copy
 * @param files      the job directory's files before the job, by path relative to it ({@code /}-separated)
 * @param inputs     the inputs' names and contents, in order
 * @param log        the file in the job's directory that its standard error is appended to
 * @param jvmOptions the options of the driver's JVM that the job's JVM takes too
 * @param mainClass  mips's main class
 * @param cores      the cores the job's JVM sees (the Spark task's {@code spark.task.cpus})
 * @param sink       where to stream its lines as they come
 */
record JobPayload(String name, List<String> arguments, Map<String, byte[]> files, List<Input> inputs, String log, List<String> jvmOptions,
        String mainClass, int cores, LineSink sink) implements Serializable {

    /** Marks an argument that names an input: {@code INPUT + index}. */
    static final String INPUT = "\u0000mips-input:";

    /** A file the job's command line names. */
    record Input(String name, byte[] content) implements Serializable {
    }
}
