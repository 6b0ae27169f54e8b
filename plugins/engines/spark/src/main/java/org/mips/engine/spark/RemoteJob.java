package org.mips.engine.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskKilledException;

/**
 * Runs one job on an executor: the job's directory and inputs in a temporary directory, its {@code mips} command
 * in a child JVM of the installation the driver shipped ({@value #ARCHIVE} among the Spark files), and its
 * directory's files back. The child ends with the executor ({@code MIPS_PARENT_PID}), so a lost executor leaves
 * no job running; Spark runs the task again elsewhere, from the same payload, with the same result.
 *
 * <p>Only the JDK and Spark are used here: mips itself runs in the child, apart from Spark's class path.
 */
final class RemoteJob {

    /** The name under which the installation's archive is unpacked on every executor. */
    static final String ARCHIVE = "mips";

    /** The environment variable naming the process a job's process follows (mips's {@code Job.PARENT_ENV}). */
    private static final String PARENT_ENV = "MIPS_PARENT_PID";

    private RemoteJob() {
    }

    static JobOutput run(JobPayload payload) throws IOException, InterruptedException {
        Path home = installation();
        Path work = Files.createTempDirectory("mips-job-");
        try {
            Path dir = Files.createDirectories(work.resolve("job"));
            DirectoryFiles.write(dir, payload.files());
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < payload.inputs().size(); i++) {
                JobPayload.Input input = payload.inputs().get(i);
                Path copy = Files.createDirectories(work.resolve("inputs").resolve(Integer.toString(i))).resolve(input.name());
                Files.write(copy, input.content());
                inputs.add(copy.toString());
            }
            List<String> command = launcher(home, payload);
            for (String argument : payload.arguments()) {
                command.add(argument.startsWith(JobPayload.INPUT) ? inputs.get(Integer.parseInt(argument.substring(JobPayload.INPUT.length())))
                        : argument);
            }
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve(payload.log()).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put(PARENT_ENV, Long.toString(ProcessHandle.current().pid()));
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            TaskContext context = TaskContext.get();
            int attempt = context == null ? 0 : context.attemptNumber();
            Stream stream = Stream.open(payload.sink(), attempt);
            Thread reader = new Thread(() -> read(process, lines, stream), "mips-job-output");
            reader.setDaemon(true);
            reader.start();
            try {
                while (!process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    TaskContext task = TaskContext.get();
                    if (task != null && task.isInterrupted()) {
                        throw new TaskKilledException(task.getKillReason().getOrElse(() -> "killed"));
                    }
                }
                reader.join(10_000);
            } finally {
                if (process.isAlive()) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
                stream.close();
            }
            synchronized (lines) {
                return new JobOutput(process.exitValue(), List.copyOf(lines), DirectoryFiles.read(dir), attempt, stream.whole());
            }
        } finally {
            DirectoryFiles.delete(work);
        }
    }

    /** Where the shipped installation was unpacked on this executor (or, in {@code local[N]}, for the driver). */
    private static Path installation() {
        // On a cluster executor the root is its working directory, given as a relative path; the job runs elsewhere.
        Path home = Path.of(SparkFiles.getRootDirectory()).resolve(ARCHIVE).toAbsolutePath();
        if (!Files.isDirectory(home.resolve("lib"))) {
            throw new IllegalStateException("the mips installation is not where Spark unpacks archives on this executor (" + home
                    + "); spark.archives should name it");
        }
        return home;
    }

    /** What {@code Installation.launcher} gives, for the shipped layout: the SPI is not on an executor's class path. */
    private static List<String> launcher(Path home, JobPayload payload) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(payload.jvmOptions());
        command.add("-XX:ActiveProcessorCount=" + payload.cores());
        command.add("-Dmips.home=" + home);
        command.add("-cp");
        command.add(home.resolve("lib") + File.separator + "*");
        command.add(payload.mainClass());
        if (Files.isDirectory(home.resolve("plugins"))) {
            command.add("--plugins-dir");
            command.add(home.resolve("plugins").toString());
        }
        return command;
    }

    private static void read(Process process, List<String> lines, Stream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                stream.send(line);
            }
        } catch (IOException e) {
            // Killed mid-line: the exit code says so.
        }
    }

    /** The executor's end of a job's line stream to the driver; once broken (or never connected) it sends nothing. */
    private static final class Stream {
        private final Socket socket;
        private Writer out;

        private Stream(Socket socket, Writer out) {
            this.socket = socket;
            this.out = out;
        }

        static Stream open(LineSink sink, int attempt) {
            if (sink == null) {
                return new Stream(null, null);
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(sink.host(), sink.port()), 5_000);
                Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
                out.write(sink.header(attempt) + "\n");
                out.flush();
                return new Stream(socket, out);
            } catch (IOException | RuntimeException e) {
                close(socket);
                return new Stream(null, null); // the driver cannot be reached here: the lines go back with the result
            }
        }

        synchronized void send(String line) {
            if (out == null) {
                return;
            }
            try {
                out.write(line + "\n");
                out.flush();
            } catch (IOException e) {
                out = null;
            }
        }

        /** Whether every line went down the stream. */
        synchronized boolean whole() {
            return out != null;
        }

        synchronized void close() {
            if (out != null) {
                try {
                    out.flush();
                } catch (IOException e) {
                    out = null;
                }
            }
            close(socket);
        }

        private static void close(Socket socket) {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // gone already
                }
            }
        }
    }
}
