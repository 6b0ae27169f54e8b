package org.mips.toolkit.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.mips.spi.emit.RunResult;

/**
 * Runs the {@code main} of emitted code on input sequences, for an implementation of
 * {@link org.mips.spi.emit.CodeEmitter#run}: all sequences go to one process as {@link SequenceText} on standard input,
 * and its standard output is read back the same way. Every way the run can go wrong becomes a
 * {@link RunResult.Failed} whose reason names the tool and quotes its error output.
 *
 * <p>What stays with the emitter is what differs between languages: finding the tool, writing and
 * compiling the code, the command line, and which lines of the tool's error output say what went
 * wrong. A Python emitter, say:
 *
 * <pre>{@code
 * try (ScratchDirectory dir = ScratchDirectory.create("mips-python")) {
 *     Path source = dir.write(code.fileName(), code.source());
 *     return new MainRunner("python3", timeout, errors -> String.join(" | ", errors))
 *             .run(List.of(python.toString(), source.toString()), dir.path(), inputs, program.outputs().size());
 * } catch (IOException e) {
 *     return new RunResult.Failed("cannot write the Python code: " + e.getMessage());
 * }
 * }</pre>
 */
public final class MainRunner {

    private final String tool;
    private final Duration timeout;
    private final Function<List<String>, String> stderrSummary;

    /**
     * @param tool          the tool's name as failure reasons show it, e.g. {@code python3}
     * @param timeout       how long one run may take before it is killed
     * @param stderrSummary the part of the tool's standard error, given line by line, that a failure
     *                      reason quotes: typically the lines that say what failed and where
     */
    public MainRunner(String tool, Duration timeout, Function<List<String>, String> stderrSummary) {
        this.tool = tool;
        this.timeout = timeout;
        this.stderrSummary = stderrSummary;
    }

    /**
     * Runs {@code command} in {@code directory} with {@code inputs} on its standard input.
     *
     * @param outputs how many values the program writes per step
     * @return the outputs, one array per input sequence, or why there are none
     */
    public RunResult run(List<String> command, Path directory, List<long[][]> inputs, int outputs) {
        ToolRun run;
        try {
            run = ExternalTool.run(command, directory, SequenceText.format(inputs), timeout);
        } catch (IOException e) {
            return new RunResult.Failed("cannot run " + tool + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult.Failed("interrupted while " + tool + " was running");
        }
        if (run.timedOut()) {
            return new RunResult.Failed(tool + " timed out after " + timeout.toMillis() + " ms and was killed");
        }
        if (run.exitCode() != 0) {
            return new RunResult.Failed(tool + " exited with status " + run.exitCode() + ": "
                    + stderrSummary.apply(run.stderr()));
        }
        if (run.stdout().size() != inputs.size()) {
            return new RunResult.Failed(tool + " printed " + run.stdout().size() + " lines for " + inputs.size()
                    + " sequences; stderr: " + stderrSummary.apply(run.stderr()));
        }
        try {
            return new RunResult.Ran(SequenceText.parse(run.stdout(), outputs));
        } catch (IllegalArgumentException unparsable) {
            return new RunResult.Failed("cannot read the output of " + tool + ": " + unparsable.getMessage());
        }
    }
}
