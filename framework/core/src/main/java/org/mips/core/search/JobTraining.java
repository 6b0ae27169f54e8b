package org.mips.core.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mips.core.io.AtomicFiles;
import org.mips.core.io.Directories;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/**
 * Trains each trial as a job of an execution engine ({@link TrialJobs}), one batch of one job per trial, on the
 * worker thread that would otherwise have trained it. A trial the search cancels interrupts that thread, which stops
 * its job alone; a job that ends without a report fails its trial with the job's reason.
 */
final class JobTraining implements TrialRunner.Elsewhere {

    /** The log a trial job's standard error goes to, in its directory. */
    static final String LOG = "trial.log";

    private final TrialJobs jobs;
    private final TrialRunner runner;
    private final Instant deadline;
    private volatile String lost;

    JobTraining(TrialJobs jobs, TrialRunner runner, Instant deadline) {
        this.jobs = jobs;
        this.runner = runner;
        this.deadline = deadline;
    }

    @Override
    public TrialRunner.Finished train(Trial trial) {
        Path directory = jobs.scratch().resolve(String.format("trial-%04d", trial.index));
        try {
            Files.createDirectories(directory);
            AtomicFiles.write(directory.resolve(TrialJob.Spec.TYPE.fileName()), RunStore.toJson(TrialJob.Spec.TYPE,
                    TrialJob.spec(jobs.task(), jobs.dataDigest(), trial.key, runner.exact(trial.key.candidate()), deadline)));
            Job job = new Job("trial " + trial.index + " (" + trial.key + ")", directory, jobs.command(), List.of(), LOG);
            AtomicReference<JobEnd> end = new AtomicReference<>();
            Thread worker = Thread.currentThread();
            trial.stopWith(worker::interrupt);
            try {
                jobs.session().run(List.of(job), new JobListener() {
                    @Override
                    public void printed(Job job, String line) {
                        // A trial job says nothing on standard output: its report is its answer.
                    }

                    @Override
                    public void ended(Job job, JobEnd how) {
                        end.set(how);
                    }
                });
            } catch (InterruptedException e) {
                return runner.cancelled(trial, TrialRunner.NOT_NEEDED);
            } catch (RuntimeException e) {
                // The engine itself failed (its cluster application stopped): no verdict on the trial, and no more trials.
                lost = "its engine stopped: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                return runner.cancelled(trial, lost);
            } finally {
                trial.stopWith(null);
                Thread.interrupted(); // an interrupt meant for this job, delivered as it ended
            }
            if (end.get() == null && jobs.session().cancelled()) {
                lost = "its engine was stopped";
            }
            return ended(trial, directory, end.get());
        } catch (IOException | RuntimeException e) {
            return runner.failed(trial, "its job could not run: " + e.getMessage());
        } finally {
            Directories.deleteQuietly(directory);
        }
    }

    @Override
    public Optional<String> lost() {
        return Optional.ofNullable(lost);
    }

    private TrialRunner.Finished ended(Trial trial, Path directory, JobEnd end) {
        if (end == null) {
            return runner.cancelled(trial, "its engine stopped it");
        }
        Path report = directory.resolve(TrialReport.TYPE.fileName());
        if (end instanceof JobEnd.Exited exited && exited.code() == 0 && Files.isRegularFile(report)) {
            try {
                return runner.reported(trial, RunStore.parse(report, Files.readString(report), TrialReport.TYPE));
            } catch (IOException | ArtifactException e) {
                return runner.failed(trial, "its report cannot be read: " + e.getMessage());
            }
        }
        return runner.failed(trial, "its job " + end.describe() + lastLine(directory.resolve(LOG)).map(line -> ": " + line).orElse(""));
    }

    /** The last line a job wrote to its log: mips's one line on what went wrong. */
    private static Optional<String> lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.stream().filter(line -> !line.isBlank()).reduce((first, second) -> second);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
