package org.mips.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.mips.core.search.Durations;

/**
 * Runs one task's pipeline in a child process from its first unfinished stage: follows the stages the
 * child announces, records each finished one in the task's {@link TaskJournal}, appends the child's
 * output to {@code run.log}, and stops the child when a stage overruns its {@link Deadlines deadline}.
 */
public final class TaskRunner {

    /** The log of every run of the task, appended to on a resume. */
    public static final String LOG_FILE = "run.log";

    /** Builds the child's command line. */
    @FunctionalInterface
    public interface Command {
        List<String> of(BenchTask task, Stage from, Path dir);
    }

    /** Hears which stage each task is in. */
    @FunctionalInterface
    public interface Listener {
        void stageStarted(BenchTask task, Stage stage);
    }

    private static final long POLL_MILLIS = 200;

    private final Command command;
    private final Deadlines deadlines;
    private final Children children;

    public TaskRunner(Command command, Deadlines deadlines, Children children) {
        this.command = command;
        this.deadlines = deadlines;
        this.children = children;
    }

    /** Runs {@code task} in {@code dir} until its pipeline ends, fails, or the benchmark is cancelled. */
    public TaskEnding run(BenchTask task, Path dir, Listener listener) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TaskJournal journal = TaskJournal.open(dir, task.id());
        Stage from = journal.resumeAt().orElse(null);
        if (from == null) {
            return journal.ending().orElse(TaskEnding.completed(Stage.EMIT));
        }
        Progression progression = new Progression(task, journal, from, listener);
        ProcessBuilder builder = new ProcessBuilder(command.of(task, from, dir)).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).directory(dir.toFile());
        builder.environment().put(ChildCommand.PARENT_ENV, Long.toString(ProcessHandle.current().pid()));
        Process process = builder.start();
        if (!children.add(process)) {
            return new TaskEnding(TaskEnding.Kind.CANCELLED, from, "the benchmark was stopped");
        }
        try (Writer log = Files.newBufferedWriter(dir.resolve(LOG_FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            log.write(String.format(Locale.ROOT, "# mips bench: %s from the %s stage%n", task.id(), from.id()));
            Thread reader = new Thread(() -> follow(process, log, progression), "bench-log-" + task.id());
            reader.setDaemon(true);
            reader.start();
            TaskEnding stopped = await(process, progression);
            // Every line is read before the ending is decided: the last stage's announcement may still be in the pipe.
            reader.join(Duration.ofSeconds(10).toMillis());
            TaskEnding ending = stopped != null ? stopped : ended(process.exitValue(), progression);
            journal.end(ending);
            return ending;
        } finally {
            children.remove(process);
        }
    }

    /** Waits for the child; returns how it was stopped, or null when it exited by itself. */
    private TaskEnding await(Process process, Progression progression) throws InterruptedException {
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (children.cancelled()) {
                Children.kill(process);
                return new TaskEnding(TaskEnding.Kind.CANCELLED, progression.current(), "the benchmark was stopped");
            }
            Stage stage = progression.current();
            Duration deadline = deadlines.of(stage);
            if (progression.elapsedNanos() > deadline.toNanos()) {
                Children.kill(process);
                process.waitFor();
                return new TaskEnding(TaskEnding.Kind.FAILED, stage, "the " + stage.id() + " stage ran past its deadline of "
                        + Durations.format(deadline) + " and was stopped");
            }
        }
        return children.cancelled() ? new TaskEnding(TaskEnding.Kind.CANCELLED, progression.current(), "the benchmark was stopped") : null;
    }

    private static TaskEnding ended(int exit, Progression progression) {
        if (exit != 0) {
            String last = progression.lastError();
            return new TaskEnding(TaskEnding.Kind.FAILED, progression.current(), "mips run exited with code " + exit
                    + (last.isEmpty() ? "" : ": " + last));
        }
        return progression.completed();
    }

    private static void follow(Process process, Writer log, Progression progression) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                log.write(line);
                log.write(System.lineSeparator());
                log.flush();
                progression.saw(line);
            }
        } catch (IOException e) {
            // The child was killed mid-line or the log's disk is gone: the ending says what happened.
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The stage the child is in, moved on by the lines it prints. */
    private static final class Progression {

        private final BenchTask task;
        private final TaskJournal journal;
        private final Listener listener;
        private Stage current;
        private long startNanos = System.nanoTime();
        private String lastError = "";

        Progression(BenchTask task, TaskJournal journal, Stage first, Listener listener) {
            this.task = task;
            this.journal = journal;
            this.listener = listener;
            this.current = first;
            listener.stageStarted(task, first);
        }

        synchronized void saw(String line) {
            if (line.startsWith("mips: error") || line.startsWith("Exception") || line.contains("Error:")) {
                lastError = line.strip();
            }
            Stage.announcedBy(line).filter(stage -> stage != current).ifPresent(next -> {
                finish();
                current = next;
                startNanos = System.nanoTime();
                listener.stageStarted(task, next);
            });
        }

        synchronized Stage current() {
            return current;
        }

        synchronized long elapsedNanos() {
            return System.nanoTime() - startNanos;
        }

        synchronized String lastError() {
            return lastError;
        }

        synchronized TaskEnding completed() {
            finish();
            return TaskEnding.completed(current);
        }

        private void finish() {
            journal.finished(current, (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
