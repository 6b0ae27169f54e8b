package org.mips.core.engine;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/**
 * Runs jobs as child processes, {@code parallel} at a time. A child follows this process's end (it is told
 * this process's id in {@value Job#PARENT_ENV}), so that none goes on writing into a directory a resumed run
 * will use; {@link #cancel()} kills every child and whatever it started.
 */
final class LocalSession implements EngineSession {

    private final List<String> launcher;
    private final int parallel;
    private final ChildProcesses children = new ChildProcesses();

    LocalSession(List<String> launcher, int parallel) {
        this.launcher = List.copyOf(launcher);
        this.parallel = parallel;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "local, %d at a time", parallel);
    }

    @Override
    public void run(List<Job> jobs, JobListener listener) throws InterruptedException {
        ConcurrentLinkedQueue<Job> pending = new ConcurrentLinkedQueue<>(jobs);
        List<Thread> workers = new ArrayList<>();
        for (int slot = 0; slot < Math.min(parallel, Math.max(1, jobs.size())); slot++) {
            Thread worker = new Thread(() -> work(pending, listener), "engine-local-" + (slot + 1));
            worker.start();
            workers.add(worker);
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            cancel();
            throw e;
        }
    }

    private void work(ConcurrentLinkedQueue<Job> pending, JobListener listener) {
        for (Job job = pending.poll(); job != null && !children.cancelled(); job = pending.poll()) {
            JobEnd end = run(job, listener);
            if (end != null) {
                listener.ended(job, end);
            }
        }
    }

    /** Runs one job; null when it was cancelled. */
    private JobEnd run(Job job, JobListener listener) {
        Process process;
        try {
            Files.createDirectories(job.directory());
            List<String> command = new ArrayList<>(launcher);
            command.addAll(job.arguments());
            ProcessBuilder builder = new ProcessBuilder(command).directory(job.directory().toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(job.directory().resolve(job.log()).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().put(Job.PARENT_ENV, Long.toString(ProcessHandle.current().pid()));
            process = builder.start();
        } catch (IOException e) {
            return new JobEnd.Failed("its process could not start: " + e.getMessage());
        }
        if (!children.add(process)) {
            return null;
        }
        listener.started(job);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                listener.printed(job, line);
            }
        } catch (IOException e) {
            // Killed mid-line: its exit code, or the cancellation, says what happened.
        }
        try {
            int code = process.waitFor();
            return children.cancelled() ? null : new JobEnd.Exited(code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildProcesses.kill(process);
            return null;
        } finally {
            children.remove(process);
        }
    }

    @Override
    public void cancel() {
        children.cancelAll();
    }

    @Override
    public boolean cancelled() {
        return children.cancelled();
    }

    @Override
    public void close() {
        cancel();
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
