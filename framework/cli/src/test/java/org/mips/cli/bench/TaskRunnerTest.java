package org.mips.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task runner against small shell scripts standing in for {@code mips run}. */
class TaskRunnerTest {

    private static final BenchTask TASK = new BenchTask("Toy", "a toy task", List.of("Toy"));
    private static final Deadlines GENEROUS = new Deadlines(Duration.ofMinutes(1), Duration.ZERO, Duration.ofMinutes(1));

    @TempDir
    Path dir;

    private final List<Stage> froms = new ArrayList<>();

    private TaskRunner runner(String script, Deadlines deadlines, Children children) {
        return new TaskRunner((task, from, d) -> {
            froms.add(from);
            return List.of("sh", "-c", script);
        }, deadlines, children);
    }

    @Test
    void followsTheStagesTheChildAnnouncesAndJournalsThem() throws Exception {
        List<Stage> seen = new ArrayList<>();
        TaskEnding ending = runner("echo '== search: x'; echo trial; echo '== simplify: y'; echo done", GENEROUS, new Children())
                .run(TASK, dir, (task, stage) -> seen.add(stage));

        assertEquals(TaskEnding.Kind.COMPLETED, ending.kind());
        assertEquals(Stage.SIMPLIFY, ending.stage());
        assertEquals(List.of(Stage.SEARCH, Stage.SIMPLIFY), seen);
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertEquals(List.of(Stage.SEARCH, Stage.SIMPLIFY), List.copyOf(journal.seconds().keySet()));
        assertTrue(journal.resumeAt().isEmpty(), "a completed task has nothing left to run");
        String log = Files.readString(dir.resolve(TaskRunner.LOG_FILE));
        assertTrue(log.contains("trial\n") && log.contains("done\n"), log);
    }

    @Test
    void aStageThatOverrunsItsDeadlineIsStoppedAndFailsTheTask() throws Exception {
        Deadlines tight = new Deadlines(Duration.ofMinutes(1), Duration.ZERO, Duration.ofMillis(300));
        long start = System.nanoTime();
        TaskEnding ending = runner("echo '== search: x'; echo '== simplify: y'; sleep 30", tight, new Children())
                .run(TASK, dir, (task, stage) -> { });

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "the child was not stopped at its deadline");
        assertEquals(TaskEnding.Kind.FAILED, ending.kind());
        assertEquals(Stage.SIMPLIFY, ending.stage());
        assertTrue(ending.reason().contains("simplify stage ran past its deadline"), ending.reason());
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertEquals(ending, journal.ending().orElseThrow(), "a failure is an ending: a resumed run does not retry it");
        assertTrue(journal.seconds().containsKey(Stage.SEARCH));
        assertFalse(journal.seconds().containsKey(Stage.SIMPLIFY));
    }

    @Test
    void aCrashFailsTheTaskWithTheChildsErrorLine() throws Exception {
        TaskEnding ending = runner("echo '== search: x'; echo 'mips: error: no space left' >&2; exit 1", GENEROUS, new Children())
                .run(TASK, dir, (task, stage) -> { });

        assertEquals(TaskEnding.Kind.FAILED, ending.kind());
        assertEquals("mips run exited with code 1: mips: error: no space left", ending.reason());
    }

    @Test
    void aResumedTaskStartsAtItsFirstUnfinishedStage() throws Exception {
        TaskJournal.open(dir, "Toy").finished(Stage.SEARCH, 12.5);
        TaskJournal.open(dir, "Toy").finished(Stage.SIMPLIFY, 3.0);

        TaskEnding ending = runner("echo '== extract: x'", GENEROUS, new Children()).run(TASK, dir, (task, stage) -> { });

        assertEquals(List.of(Stage.EXTRACT), froms);
        assertEquals(TaskEnding.Kind.COMPLETED, ending.kind());
        Map<Stage, Double> seconds = TaskJournal.open(dir, "Toy").seconds();
        assertEquals(12.5, seconds.get(Stage.SEARCH), "earlier sessions' times are kept");
        assertEquals(3, seconds.size());
    }

    @Test
    void aTaskThatEndedIsNotRunAgain() throws Exception {
        TaskJournal.open(dir, "Toy").end(new TaskEnding(TaskEnding.Kind.FAILED, Stage.PROVE, "deadline"));

        TaskEnding ending = runner("echo '== search: x'", GENEROUS, new Children()).run(TASK, dir, (task, stage) -> { });

        assertTrue(froms.isEmpty());
        assertEquals("deadline", ending.reason());
    }

    @Test
    void cancellingStopsTheChildWithoutEndingTheTask() throws Exception {
        Children children = new Children();
        TaskRunner runner = runner("echo '== search: x'; echo '== simplify: y'; sleep 30", GENEROUS, children);
        CompletableFuture<TaskEnding> running = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(TASK, dir, (task, stage) -> {
                    if (stage == Stage.SIMPLIFY) {
                        children.cancelAll();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        TaskEnding ending = running.get(20, TimeUnit.SECONDS);

        assertEquals(TaskEnding.Kind.CANCELLED, ending.kind());
        TaskJournal journal = TaskJournal.open(dir, "Toy");
        assertTrue(journal.ending().isEmpty(), "a cancelled task is resumed, not counted as ended");
        assertEquals(Stage.SIMPLIFY, journal.resumeAt().orElseThrow());
    }
}
