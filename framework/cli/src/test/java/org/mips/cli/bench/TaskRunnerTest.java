package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.engine.ChildProcesses;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.StageReport;
import org.mips.core.result.TaskResult;
import org.mips.spi.pipeline.StageEvent;
import org.mips.spi.pipeline.StageOutcome;

/**
 * The task runner against small shell scripts standing in for {@code mips run --events -}: events on
 * standard output, console text on standard error.
 */
class TaskRunnerTest {

    private static final BenchTask TASK = new BenchTask("Toy", "a toy task", List.of("Toy"));
    private static final List<String> STAGES = List.of("search", "simplify", "extract");

    @TempDir
    Path dir;

    private final List<Optional<String>> froms = new ArrayList<>();

    private TaskRunner runner(String script, ChildProcesses children) {
        return new TaskRunner((task, from, d) -> {
            froms.add(from);
            return List.of("sh", "-c", script);
        }, children);
    }

    /** A shell command that prints the event as the child would. */
    private static String emit(PipelineEvent event) {
        return "echo '" + EventLog.toLine(event).replace("'", "'\\''") + "'; ";
    }

    private static String started(String stage, double deadlineSeconds) {
        return emit(new PipelineEvent.StageStarted(stage, "", deadlineSeconds));
    }

    private static String done(String stage, double seconds) {
        return emit(new PipelineEvent.StageEnded(stage, StageOutcome.done(), seconds));
    }

    private static String runStarted(List<String> stages) {
        return emit(new PipelineEvent.RunStarted("Toy", "a toy task", "dir", stages, null));
    }

    private static String runEnded() {
        return emit(new PipelineEvent.RunEnded(TaskResult.failed("Toy", "", "")));
    }

    @Test
    void followsTheChildsEventsJournalsTheStagesAndLogsItsConsoleText() throws Exception {
        List<String> seen = new ArrayList<>();
        String script = runStarted(STAGES) + started("search", 60) + "echo '  trial 1' >&2; " + done("search", 12.5)
                + started("simplify", 60) + done("simplify", 3) + started("extract", 60)
                + emit(new PipelineEvent.StageEnded("extract", StageOutcome.stopped("no machine"), 1)) + runEnded();
        TaskEnding ending = runner(script, new ChildProcesses()).run(TASK, dir, line -> stageStarted(line).ifPresent(seen::add));

        assertEquals(TaskEnding.completed("extract"), ending);
        assertEquals(STAGES, seen);
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertEquals(List.of(new StageReport("search", StageOutcome.done(), 12.5), new StageReport("simplify", StageOutcome.done(), 3),
                new StageReport("extract", StageOutcome.stopped("no machine"), 1)), journal.reports());
        assertEquals(ending, journal.ending().orElseThrow());
        String log = Files.readString(dir.resolve(TaskRunner.LOG_FILE));
        assertTrue(log.contains("  trial 1\n"), log);
        assertEquals(8, Files.readString(dir.resolve(TaskRunner.EVENTS_FILE)).lines().count());
    }

    @Test
    void rewordingTheConsoleChangesNothingTheBenchmarkRecords() throws Exception {
        String events = runStarted(STAGES) + started("search", 60) + done("search", 2) + started("simplify", 60) + done("simplify", 1)
                + started("extract", 60) + done("extract", 1) + runEnded();
        String before = "echo '== search: smallest network' >&2; echo 'mips: error: looks bad' >&2; ";
        String after = "echo '>>> Stage SEARCH begins' >&2; echo 'Error: nothing is wrong' >&2; ";
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        TaskEnding one = runner(before + events, new ChildProcesses()).run(TASK, first, line -> { });
        TaskEnding two = runner(after + events, new ChildProcesses()).run(TASK, second, line -> { });

        assertEquals(one, two);
        assertEquals(TaskJournal.open(first, "Toy").reports(), TaskJournal.open(second, "Toy").reports());
        assertEquals(Files.readString(first.resolve("journal.json")), Files.readString(second.resolve("journal.json")));
    }

    @Test
    void aChildThatOverrunsItsStagesDeadlineIsKilledAndFailsTheTask() throws Exception {
        long start = System.nanoTime();
        String script = runStarted(STAGES) + started("search", 60) + done("search", 2) + started("simplify", 0.2) + "sleep 120";
        TaskRunner runner = new TaskRunner((task, from, d) -> List.of("sh", "-c", script), new ChildProcesses(), Duration.ofMillis(300),
                TaskRunner.STARTUP);
        TaskEnding ending = runner.run(TASK, dir, line -> { });

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60), "the child was not stopped at its deadline");
        assertEquals(TaskEnding.Kind.FAILED, ending.kind());
        assertEquals("simplify", ending.stage());
        assertTrue(ending.reason().startsWith("the simplify stage ran past its deadline of"), ending.reason());
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertEquals(ending, journal.ending().orElseThrow(), "a failure is an ending: a resumed run does not retry it");
        assertEquals(List.of("search"), journal.reports().stream().map(StageReport::stage).toList());
    }

    @Test
    void aChildThatCannotStartItsRunFailsTheTaskWithTheReasonItsEventsGive() throws Exception {
        String script = emit(new PipelineEvent.RunEnded(TaskResult.failed("Toy", "", "Toy.jsonl: no such file"))) + "exit 2";
        TaskEnding ending = runner(script, new ChildProcesses()).run(TASK, dir, line -> { });

        assertEquals(new TaskEnding(TaskEnding.Kind.FAILED, "", "mips run exited with code 2: Toy.jsonl: no such file"), ending);
    }

    @Test
    void aResumedTaskStartsAtItsFirstStageThatHasNotEndedAndKeepsTheEarlierTimes() throws Exception {
        runnerThatStops(runStarted(STAGES) + started("search", 60) + done("search", 12.5) + started("simplify", 60) + "sleep 30");
        froms.clear();

        TaskEnding ending = runner(runStarted(List.of("simplify", "extract")) + started("simplify", 60) + done("simplify", 3)
                + started("extract", 60) + done("extract", 1) + runEnded(), new ChildProcesses()).run(TASK, dir, line -> { });

        assertEquals(List.of(Optional.of("simplify")), froms);
        assertEquals(TaskEnding.completed("extract"), ending);
        List<StageReport> reports = TaskJournal.open(dir, "Toy").reports();
        assertEquals(new StageReport("search", StageOutcome.done(), 12.5), reports.get(0), "earlier sessions' times are kept");
        assertEquals(3, reports.size());
    }

    /** Runs {@code script} and cancels the benchmark once the child is in its second stage. */
    private void runnerThatStops(String script) throws Exception {
        ChildProcesses children = new ChildProcesses();
        TaskRunner runner = runner(script, children);
        CompletableFuture<TaskEnding> running = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(TASK, dir, line -> {
                    if (stageStarted(line).equals(Optional.of("simplify"))) {
                        children.cancelAll();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(TaskEnding.Kind.CANCELLED, running.get(20, TimeUnit.SECONDS).kind());
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertTrue(journal.ending().isEmpty(), "a cancelled task is resumed, not counted as ended");
        assertEquals(Optional.of("simplify"), journal.resumeAt());
    }

    @Test
    void aRunWhoseStageStoppedIsOverThoughItsProcessWasStoppedBeforeItsEnd() throws Exception {
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        journal.runStarted(new PipelineEvent.RunStarted("Toy", "", "dir", STAGES, null));
        journal.stageEnded(new PipelineEvent.StageEnded("search", StageOutcome.stopped("no perfect network"), 120));

        TaskEnding ending = runner(runStarted(STAGES), new ChildProcesses()).run(TASK, dir, line -> { });

        assertTrue(froms.isEmpty(), "nothing is left to run");
        assertEquals(TaskEnding.completed("search"), ending);
    }

    @Test
    void aRunThatEndedIsCompletedThoughAStageFailedAndItsProcessExitedWithOne() throws Exception {
        String script = runStarted(STAGES) + started("search", 60) + done("search", 1) + started("simplify", 60)
                + emit(new PipelineEvent.StageEnded("simplify", StageOutcome.failed("the backend crashed"), 1))
                + emit(new PipelineEvent.StageSkipped("extract", "it needs simplified.json, which simplify did not write")) + runEnded() + "exit 1";
        TaskEnding ending = runner(script, new ChildProcesses()).run(TASK, dir, line -> { });
        assertEquals(TaskEnding.completed("simplify"), ending);
        assertEquals(List.of(new StageReport("search", StageOutcome.done(), 1), new StageReport("simplify",
                StageOutcome.failed("the backend crashed"), 1)), TaskJournal.open(dir, "Toy").reports());
    }

    @Test
    void aChildThatStallsBetweenStagesIsKilledNamingTheLastStageThatEnded() throws Exception {
        String script = runStarted(STAGES) + started("search", 60) + done("search", 1) + "sleep 120";
        TaskRunner runner = new TaskRunner((task, from, d) -> List.of("sh", "-c", script), new ChildProcesses(), Duration.ofMillis(100),
                Duration.ofMillis(300));
        TaskEnding ending = runner.run(TASK, dir, line -> { });
        assertEquals(TaskEnding.Kind.FAILED, ending.kind());
        assertEquals("search", ending.stage());
        assertTrue(ending.reason().startsWith("mips run did not go on after the search stage within "), ending.reason());
    }

    @Test
    void aTaskThatEndedIsNotRunAgain() throws Exception {
        TaskJournal.open(dir, "Toy").end(new TaskEnding(TaskEnding.Kind.FAILED, "prove", "deadline"));

        TaskEnding ending = runner(runStarted(STAGES), new ChildProcesses()).run(TASK, dir, line -> { });

        assertTrue(froms.isEmpty());
        assertEquals("deadline", ending.reason());
    }

    @Test
    void aPublishedEventOfAnyKindIsKept() throws Exception {
        record Audited(String program) implements StageEvent {
            @Override
            public String text() {
                return "audited " + program;
            }
        }
        String script = runStarted(List.of("audit")) + started("audit", 60) + emit(new PipelineEvent.Published("audit", new Audited("p")))
                + done("audit", 1) + runEnded();
        runner(script, new ChildProcesses()).run(TASK, dir, line -> { });
        assertTrue(Files.readString(dir.resolve(TaskRunner.EVENTS_FILE)).contains("\"kind\":\"Audited\""));
    }

    /** The stage an event line says started, if it is that event. */
    private static Optional<String> stageStarted(String line) {
        return EventLog.parse(line) instanceof PipelineEvent.StageStarted started ? Optional.of(started.stage()) : Optional.empty();
    }
}
