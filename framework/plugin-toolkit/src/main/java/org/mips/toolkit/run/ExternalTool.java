package org.mips.toolkit.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds and runs the external programs an emitter checks its code with ({@code python3}, a JVM,
 * {@code dafny}). Each run is one process, started without a shell and killed at a timeout.
 *
 * <p>Standard input, output and error are files rather than pipes, so a tool that writes a lot
 * cannot block on a full pipe while this side waits for it to finish, and input of any size can be
 * given at once.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** {@link #find(String, String)} on this process's {@code PATH}. */
    public static Optional<Path> find(String command) {
        return find(command, System.getenv("PATH"));
    }

    /**
     * The first executable file called {@code command} (or {@code command.exe}, for Windows) in the
     * directories of {@code searchPath}.
     *
     * @param searchPath directories separated as in {@code PATH}; {@code null} means none
     */
    public static Optional<Path> find(String command, String searchPath) {
        if (searchPath == null) {
            return Optional.empty();
        }
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

    /**
     * Runs {@code command} in {@code directory} with {@code stdin} as its standard input and waits for
     * it to end. If it runs longer than {@code timeout}, it and every process it started are killed,
     * and the result says so.
     *
     * @param command   the executable and its arguments, passed as they are (no shell)
     * @param directory the working directory, e.g. a {@link ScratchDirectory}
     * @param stdin     text given to the process as UTF-8; standard output and error are read as UTF-8
     * @throws IOException          if the process cannot be started or its output cannot be read
     * @throws InterruptedException if this thread is interrupted while waiting; the process is killed
     */
    public static ToolRun run(List<String> command, Path directory, String stdin, Duration timeout)
            throws IOException, InterruptedException {
        // The streams get their own directory: the tool's working directory is the caller's.
        try (ScratchDirectory streams = ScratchDirectory.create("mips-tool")) {
            Path in = streams.write("stdin.txt", stdin);
            Path out = streams.path().resolve("stdout.txt");
            Path err = streams.path().resolve("stderr.txt");
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                kill(process);
                throw e;
            }
            if (!finished) {
                kill(process);
                process.waitFor();
            }
            return new ToolRun(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8), !finished);
        }
    }

    /** Children first: once the parent is gone, its children can no longer be found through it. */
    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
