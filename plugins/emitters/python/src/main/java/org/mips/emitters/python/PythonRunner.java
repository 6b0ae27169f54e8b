package org.mips.emitters.python;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mips.spi.emit.SequenceText;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;

/**
 * Runs an emitted module with {@code python3}: all sequences in one process, fed to its {@code main}
 * on stdin. Standard input, output and error are files, so no pipe can fill up and block either side.
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
        this.searchPath = searchPath == null ? "" : searchPath;
        this.timeout = timeout;
    }

    RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        Optional<Path> python = find("python3");
        if (python.isEmpty()) {
            return new RunResult.Unavailable("python3 not found on PATH");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mips-python");
            Path source = dir.resolve(Path.of(code.fileName()).getFileName());
            Path stdin = dir.resolve("stdin.txt");
            Path stdout = dir.resolve("stdout.txt");
            Path stderr = dir.resolve("stderr.txt");
            Files.writeString(source, code.source(), StandardCharsets.UTF_8);
            Files.writeString(stdin, SequenceText.format(inputs), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(python.get().toString(), source.getFileName().toString())
                    .directory(dir.toFile())
                    .redirectInput(stdin.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new RunResult.Failed("python3 timed out after " + timeout.toMillis() + " ms and was killed");
            }
            if (process.exitValue() != 0) {
                return new RunResult.Failed("python3 exited with status " + process.exitValue() + ": "
                        + summary(Files.readAllLines(stderr, StandardCharsets.UTF_8)));
            }
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            if (lines.size() != inputs.size()) {
                return new RunResult.Failed("python3 printed " + lines.size() + " lines for " + inputs.size()
                        + " sequences; stderr: " + summary(Files.readAllLines(stderr, StandardCharsets.UTF_8)));
            }
            return new RunResult.Ran(SequenceText.parse(lines, program.outputs().size()));
        } catch (IllegalArgumentException unparsable) {
            return new RunResult.Failed("cannot read the output of python3: " + unparsable.getMessage());
        } catch (IOException e) {
            return new RunResult.Failed("cannot run python3: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult.Failed("interrupted while python3 was running");
        } finally {
            deleteTree(dir);
        }
    }

    private Optional<Path> find(String command) {
        for (String directory : searchPath.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            for (String name : List.of(command, command + ".exe")) {
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
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

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A leftover temporary file must not turn a result into an error.
        }
    }
}
