package org.mips.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.mips.core.pipeline.StageReport;
import org.mips.core.result.PaperColumns;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskResults;
import org.mips.core.result.TaskStatus;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.StageOutcome;

/**
 * Runs a benchmark's tasks, {@code jobs} at a time, each in its own child process through a
 * {@link TaskRunner}; tasks that ended in an earlier session are read back, not rerun. After every
 * task the result files are rewritten, so that an interrupted run keeps everything that finished.
 */
public final class Bench {

    /** The directory under the benchmark's that holds one directory per task. */
    public static final String TASKS_DIR = "tasks";

    private final Path dir;
    private final List<BenchTask> tasks;
    private final int jobs;
    private final TaskRunner runner;
    private final PaperColumns paper;
    private final BenchBoard board;
    private final Children children;

    public Bench(Path dir, List<BenchTask> tasks, int jobs, TaskRunner runner, PaperColumns paper, BenchBoard board, Children children) {
        this.dir = dir;
        this.tasks = List.copyOf(tasks);
        this.jobs = jobs;
        this.runner = runner;
        this.paper = paper;
        this.board = board;
        this.children = children;
    }

    /** Listens for each result, e.g. to rewrite the result files. */
    @FunctionalInterface
    public interface ResultsListener {
        void changed(List<TaskResult> endedSoFar);
    }

    /**
     * Runs every task that has not ended yet; returns the results of the ended ones in task order (all
     * of them unless the run was cancelled).
     */
    public List<TaskResult> run(ResultsListener listener) throws InterruptedException {
        AtomicReferenceArray<TaskResult> results = new AtomicReferenceArray<>(tasks.size());
        ConcurrentLinkedQueue<Integer> pending = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < tasks.size(); i++) {
            BenchTask task = tasks.get(i);
            TaskJournal journal = TaskJournal.open(taskDir(task), task.id());
            if (journal.ending().isPresent()) {
                TaskResult result = result(task, journal.ending().get());
                results.set(i, result);
                board.alreadyDone(result);
            } else {
                pending.add(i);
            }
        }
        listener.changed(ended(results));
        List<Thread> workers = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        for (int slot = 0; slot < Math.min(jobs, Math.max(1, pending.size())); slot++) {
            int s = slot;
            Thread worker = new Thread(() -> work(s, pending, results, listener, errors), "bench-worker-" + (slot + 1));
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                worker.join(1000);
                board.tick();
            }
        }
        if (!errors.isEmpty()) {
            Throwable first = errors.get(0);
            throw first instanceof RuntimeException r ? r : new IllegalStateException(first);
        }
        return ended(results);
    }

    private void work(int slot, ConcurrentLinkedQueue<Integer> pending, AtomicReferenceArray<TaskResult> results, ResultsListener listener,
            List<Throwable> errors) {
        try {
            for (Integer i = pending.poll(); i != null && !children.cancelled(); i = pending.poll()) {
                BenchTask task = tasks.get(i);
                board.started(slot, task);
                TaskEnding ending = runIsolated(task);
                if (ending.kind() == TaskEnding.Kind.CANCELLED) {
                    return;
                }
                TaskResult result = result(task, ending);
                results.set(i, result);
                board.finished(slot, result);
                synchronized (listener) {
                    listener.changed(ended(results));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            synchronized (errors) {
                errors.add(e);
            }
        }
    }

    /** Runs one task; a child that cannot even start fails its task, not the benchmark. */
    private TaskEnding runIsolated(BenchTask task) throws InterruptedException {
        try {
            return runner.run(task, taskDir(task), board);
        } catch (IOException | UncheckedIOException e) {
            TaskEnding failed = new TaskEnding(TaskEnding.Kind.FAILED, "", "mips run could not start: " + e.getMessage());
            TaskJournal.open(taskDir(task), task.id()).end(failed);
            return failed;
        }
    }

    /**
     * The task's result from its directory and journal: the stages that ended in every session, and the
     * stage its process was stopped in, if it was.
     */
    private TaskResult result(BenchTask task, TaskEnding ending) {
        TaskJournal journal = TaskJournal.open(taskDir(task), task.id());
        List<StageReport> stages = new ArrayList<>(journal.reports());
        boolean failedInAStage = ending.kind() == TaskEnding.Kind.FAILED && !ending.stage().isEmpty()
                && stages.stream().noneMatch(report -> report.stage().equals(ending.stage()));
        if (failedInAStage) {
            stages.add(new StageReport(ending.stage(), StageOutcome.failed(ending.reason()), 0));
        }
        TaskResult result = TaskResults.of(task.id(), task.description(), RunStore.at(taskDir(task)), stages);
        if (ending.kind() == TaskEnding.Kind.FAILED && !failedInAStage && result.status() == TaskStatus.UNSOLVED
                && stages.stream().noneMatch(report -> report.outcome() instanceof StageOutcome.Stopped)) {
            // The process failed outside any stage (it could not start, or stopped between stages).
            result = result.failed(ending.stage(), ending.reason());
        }
        return result.inBenchmark(relative(task), paper.of(task.id()).orElse(null));
    }

    private static List<TaskResult> ended(AtomicReferenceArray<TaskResult> results) {
        List<TaskResult> ended = new ArrayList<>();
        for (int i = 0; i < results.length(); i++) {
            ended.add(results.get(i));
        }
        return ended.stream().filter(Objects::nonNull).toList();
    }

    private Path taskDir(BenchTask task) {
        return dir.resolve(TASKS_DIR).resolve(task.id());
    }

    private static String relative(BenchTask task) {
        return TASKS_DIR + "/" + task.id();
    }
}
