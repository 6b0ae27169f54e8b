package org.mips.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.mips.core.pipeline.EventLog;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.StageReport;
import org.mips.core.result.PaperColumns;
import org.mips.core.result.TaskResult;
import org.mips.core.result.TaskResults;
import org.mips.core.result.TaskStatus;
import org.mips.core.store.RunStore;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;
import org.mips.spi.pipeline.StageOutcome;

/**
 * Runs a benchmark's tasks as the jobs of an {@link EngineSession}, each task one job ({@code mips bench-task},
 * which runs its pipeline through a {@link TaskRunner} where the engine puts it); tasks that ended in an
 * earlier session are read back, not rerun. As each task ends, the result files are rewritten, so that an
 * interrupted run keeps everything that finished.
 */
public final class Bench {

    /** The directory under the benchmark's that holds one directory per task. */
    public static final String TASKS_DIR = "tasks";

    private final Path dir;
    private final List<BenchTask> tasks;
    private final EngineSession engine;
    private final Function<BenchTask, Job> jobs;
    private final PaperColumns paper;
    private final BenchBoard board;

    /** @param jobs the job that runs a task in its directory */
    public Bench(Path dir, List<BenchTask> tasks, EngineSession engine, Function<BenchTask, Job> jobs, PaperColumns paper, BenchBoard board) {
        this.dir = dir;
        this.tasks = List.copyOf(tasks);
        this.engine = engine;
        this.jobs = jobs;
        this.paper = paper;
        this.board = board;
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
        Map<String, Integer> pending = new HashMap<>();
        List<Job> batch = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            BenchTask task = tasks.get(i);
            TaskJournal journal = TaskJournal.open(taskDir(task), task.id());
            if (journal.ending().isPresent()) {
                TaskResult result = result(task, journal.ending().get());
                results.set(i, result);
                board.alreadyDone(result);
            } else {
                pending.put(task.id(), i);
                batch.add(jobs.apply(task));
            }
        }
        listener.changed(ended(results));
        List<RuntimeException> errors = new ArrayList<>();
        JobListener jobListener = new JobListener() {
            @Override
            public void started(Job job) {
                board.started(tasks.get(pending.get(job.name())));
            }

            @Override
            public void printed(Job job, String line) {
                BenchTask task = tasks.get(pending.get(job.name()));
                try {
                    if (EventLog.parse(line) instanceof PipelineEvent.StageStarted started) {
                        board.stageStarted(task, started.stage());
                    }
                } catch (IllegalArgumentException notAnEvent) {
                    // The task's own process keeps its console text in run.log; only events come this way.
                }
            }

            @Override
            public void ended(Job job, JobEnd end) {
                int i = pending.get(job.name());
                try {
                    TaskResult result = result(tasks.get(i), ending(tasks.get(i), end));
                    results.set(i, result);
                    board.finished(result);
                    synchronized (listener) {
                        listener.changed(Bench.ended(results));
                    }
                } catch (RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                    engine.cancel();
                }
            }
        };
        Thread ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(1000);
                    board.tick();
                }
            } catch (InterruptedException stopped) {
                // the batch is over
            }
        }, "bench-board");
        ticker.setDaemon(true);
        ticker.start();
        try {
            engine.run(batch, jobListener);
        } finally {
            ticker.interrupt();
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return ended(results);
    }

    /**
     * How the task's job ended, from its journal: {@code mips bench-task} records it there before it exits.
     * A job whose process ended without recording it (it crashed, or could not start) failed, and its journal
     * now says so.
     */
    private TaskEnding ending(BenchTask task, JobEnd end) {
        TaskJournal journal = TaskJournal.open(taskDir(task), task.id());
        if (journal.ending().isPresent()) {
            return journal.ending().get();
        }
        List<StageReport> reports = journal.reports();
        TaskEnding failed = new TaskEnding(TaskEnding.Kind.FAILED, reports.isEmpty() ? "" : reports.get(reports.size() - 1).stage(),
                end instanceof JobEnd.Exited ? "the task's process " + end.describe() + " before it recorded its end (see run.log)"
                        : "the engine could not run it: " + end.describe());
        journal.end(failed);
        return failed;
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

    /** The directory of {@code task} under a benchmark's. */
    public static Path taskDir(Path benchmark, BenchTask task) {
        return benchmark.resolve(TASKS_DIR).resolve(task.id());
    }

    private Path taskDir(BenchTask task) {
        return taskDir(dir, task);
    }

    private static String relative(BenchTask task) {
        return TASKS_DIR + "/" + task.id();
    }
}
