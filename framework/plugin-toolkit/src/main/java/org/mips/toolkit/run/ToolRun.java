package org.mips.toolkit.run;

import java.util.List;

/**
 * How a run of an external tool ended, as {@link ExternalTool#run} reports it.
 *
 * @param exitCode the process's exit status; meaningless when {@code timedOut}
 * @param stdout   what it wrote to standard output, line by line
 * @param stderr   what it wrote to standard error, line by line
 * @param timedOut whether it was still running at the timeout and was killed; the output is then
 *                 whatever it had written by then
 */
public record ToolRun(int exitCode, List<String> stdout, List<String> stderr, boolean timedOut) {

    public ToolRun {
        stdout = List.copyOf(stdout);
        stderr = List.copyOf(stderr);
    }
}
