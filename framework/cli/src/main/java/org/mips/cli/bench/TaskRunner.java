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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mips.core.engine.ChildProcesses;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.PipelineListener;
import org.mips.core.pipeline.StageReport;
import org.mips.core.search.Durations;
import org.mips.spi.engine.Job;

/**
 * Runs one task's pipeline in a child process from its first stage that has not ended, and follows it by
 * its events ({@code mips run --events -} on the child's standard output), never by its console text,
 * which goes to {@code run.log}: the events go to the task's {@link TaskJournal} and the benchmark's board,
 * and are kept in {@code events.jsonl}. The child stops a stage that overruns its deadline itself; should
 * the child not come back within a minute of that deadline, it is killed and the task fails.
 */
public final class TaskRunner {

    /** The console text of every run of the task, appended to on a resume. */
    public static final String LOG_FILE = "run.log";
    /** The events of every run of the task, appended to on a resume. */
    public static final String EVENTS_FILE = "events.jsonl";

    /** How long past a stage's own deadline the child may take to report before it is killed. */
    static final Duration MARGIN = Duration.ofMinutes(1);
    /** How long the child may take to start its run (load its plugins, read its inputs). */
    static final Duration STARTUP = Duration.ofMinutes(2);

    /** Builds the child's command line; {@code from} is empty to start at the pipeline's first stage. */
    @FunctionalInterface
    public interface Command {
        List<String> of(BenchTask task, Optional<String> from, Path dir);
    }

    private static final long POLL_MILLIS = 200;

    private final Command command;
    private final ChildProcesses children;
    private final Duration margin;
    private final Duration startup;

    public TaskRunner(Command command, ChildProcesses children) {
        this(command, children, MARGIN, STARTUP);
    }

    /**
     * @param margin  how long past a stage's own deadline the child may take to report before it is killed
     * @param startup how long the child may take to start its run, or to go on after a stage ended
     */
    TaskRunner(Command command, ChildProcesses children, Duration margin, Duration startup) {
        this.command = command;
        this.children = children;
        this.margin = margin;
        this.startup = startup;
    }

    /**
     * Runs {@code task} in {@code dir} until its pipeline ends, fails, or the benchmark is cancelled, handing
     * every event line of the child to {@code eventLines} as it comes.
     */
    public TaskEnding run(BenchTask task, Path dir, Consumer<String> eventLines) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TaskJournal journal = TaskJournal.open(dir, task.id());
        if (journal.ending().isPresent()) {
            return journal.ending().get();
        }
        if (journal.runOver()) {
            List<StageReport> reports = journal.reports();
            TaskEnding ending = TaskEnding.completed(reports.isEmpty() ? "" : reports.get(reports.size() - 1).stage());
            journal.end(ending);
            return ending;
        }
        Optional<String> from = journal.resumeAt();
        Path log = dir.resolve(LOG_FILE);
        Files.writeString(log, String.format(Locale.ROOT, "# mips bench: %s from the %s stage%n", task.id(), from.orElse("first")),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command.of(task, from, dir))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice())).directory(dir.toFile());
        builder.environment().put(Job.PARENT_ENV, Long.toString(ProcessHandle.current().pid()));
        Process process = builder.start();
        if (!children.add(process)) {
            return new TaskEnding(TaskEnding.Kind.CANCELLED, from.orElse(""), "the benchmark was stopped");
        }
        Progression progression = new Progression(margin, startup);
        try (Writer events = Files.newBufferedWriter(dir.resolve(EVENTS_FILE), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            Thread reader = new Thread(() -> follow(process, events, log, List.of(journal, progression), eventLines), "bench-events-" + task.id());
            reader.setDaemon(true);
            reader.start();
            TaskEnding stopped = await(process, progression);
            // Every event is read before the ending is decided: the last ones may still be in the pipe.
            reader.join(Duration.ofSeconds(10).toMillis());
            TaskEnding ending = stopped != null ? stopped : progression.ended(process.exitValue());
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
                ChildProcesses.kill(process);
                return new TaskEnding(TaskEnding.Kind.CANCELLED, progression.stage(), "the benchmark was stopped");
            }
            if (progression.overdue()) {
                ChildProcesses.kill(process);
                process.waitFor();
                return new TaskEnding(TaskEnding.Kind.FAILED, progression.stage(), progression.overdueReason());
            }
        }
        return children.cancelled() ? new TaskEnding(TaskEnding.Kind.CANCELLED, progression.stage(), "the benchmark was stopped") : null;
    }

    /** Hands every event line to the listeners and keeps it; anything else the child prints goes to the log. */
    private static void follow(Process process, Writer events, Path log, List<PipelineListener> listeners, Consumer<String> eventLines) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                PipelineEvent event;
                try {
                    event = EventLog.parse(line);
                } catch (IllegalArgumentException notAnEvent) {
                    Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                    continue;
                }
                events.write(line);
                events.write('\n');
                events.flush();
                eventLines.accept(line);
                for (PipelineListener listener : listeners) {
                    event.deliverTo(listener);
                }
            }
        } catch (IOException e) {
            // The child was killed mid-line or the disk is gone: the ending says what happened.
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Where the child is, from its events: the stage it runs, since when, with what deadline, and how its run ended. */
    private static final class Progression implements PipelineListener {

        private final Duration margin;
        private final Duration startup;
        private String stage = "";
        private String lastEnded = "";
        private long startNanos = System.nanoTime();
        private Duration deadline;
        private String failure = "";
        private boolean started;
        private boolean ended;

        Progression(Duration margin, Duration startup) {
            this.margin = margin;
            this.startup = startup;
            this.deadline = startup;
        }

        @Override
        public synchronized void runStarted(PipelineEvent.RunStarted event) {
            started = true;
        }

        @Override
        public synchronized void stageStarted(PipelineEvent.StageStarted event) {
            stage = event.stage();
            startNanos = System.nanoTime();
            deadline = Duration.ofMillis(Math.round(event.deadlineSeconds() * 1000)).plus(margin);
        }

        @Override
        public synchronized void stageEnded(PipelineEvent.StageEnded event) {
            lastEnded = event.stage();
            stage = "";
            startNanos = System.nanoTime();
            deadline = startup;
        }

        /** A run that ends without having started could not start; its result says why. */
        @Override
        public synchronized void runEnded(PipelineEvent.RunEnded event) {
            if (started) {
                ended = true;
            } else {
                failure = event.result().reason();
            }
        }

        /** The stage running, or else the last one that ended. */
        synchronized String stage() {
            return stage.isEmpty() ? lastEnded : stage;
        }

        synchronized boolean overdue() {
            return System.nanoTime() - startNanos > deadline.toNanos();
        }

        synchronized String overdueReason() {
            if (!stage.isEmpty()) {
                return "the " + stage + " stage ran past its deadline of " + Durations.format(deadline.minus(margin))
                        + " and did not stop; its process was killed";
            }
            return (lastEnded.isEmpty() ? "mips run did not start its pipeline" : "mips run did not go on after the " + lastEnded + " stage")
                    + " within " + Durations.format(startup) + "; its process was killed";
        }

        /** How the child ended by itself: a run that reported its end completed, whatever its exit code says of its stages. */
        synchronized TaskEnding ended(int exit) {
            if (ended) {
                return TaskEnding.completed(stage());
            }
            return new TaskEnding(TaskEnding.Kind.FAILED, stage(), "mips run exited with code " + exit
                    + (failure.isEmpty() ? "" : ": " + failure));
        }
    }
}
