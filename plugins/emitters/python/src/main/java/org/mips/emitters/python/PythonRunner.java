package org.mips.emitters.python;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;
import org.mips.toolkit.run.ExternalTool;
import org.mips.toolkit.run.MainRunner;
import org.mips.toolkit.run.ScratchDirectory;

/**
 * Runs an emitted module with {@code python3}: all sequences in one process, fed to its {@code main}
 * on stdin.
 */
final class PythonRunner {

    /** Generous: the contract's 300 sequences take well under a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String searchPath;
    private final Duration timeout;

    /**
     * @param searchPath directories to look for {@code python3} in, as in {@code PATH}
     * @param timeout    how long the process may run before it is killed
     */
    PythonRunner(String searchPath, Duration timeout) {
        this.searchPath = searchPath;
        this.timeout = timeout;
    }

    RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        Optional<Path> python = ExternalTool.find("python3", searchPath);
        if (python.isEmpty()) {
            return new RunResult.Unavailable("python3 not found on PATH");
        }
        try (ScratchDirectory dir = ScratchDirectory.create("mips-python")) {
            Path source = dir.write(code.fileName(), code.source());
            List<String> command = List.of(python.get().toString(), source.getFileName().toString());
            return new MainRunner("python3", timeout, PythonRunner::summary)
                    .run(command, dir.path(), inputs, program.outputs().size());
        } catch (IOException e) {
            return new RunResult.Failed("cannot write the Python code: " + e.getMessage());
        }
    }

    /** The first lines of a traceback say where, the last one what: keep both. */
    static String summary(List<String> stderr) {
        List<String> lines = stderr.stream().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            return "(nothing on stderr)";
        }
        List<String> kept = lines.size() <= 4 ? lines
                : Stream.concat(lines.subList(0, 3).stream(), Stream.of("...", lines.get(lines.size() - 1))).toList();
        return String.join(" | ", kept.stream().map(String::strip).toList());
    }
}
