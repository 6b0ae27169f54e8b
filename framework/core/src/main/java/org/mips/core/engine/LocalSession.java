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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/**
 * Runs jobs as child processes, {@code parallel} at a time over all its batches. A child follows this process's
 * end (it is told this process's id in {@value Job#PARENT_ENV}), so that none goes on writing into a directory a
 * resumed run will use; {@link #cancel()} kills every child and whatever it started, an interrupted batch its own.
 */
final class LocalSession implements EngineSession {

    private final List<String> launcher;
    private final int parallel;
    private final Semaphore slots;
    private final Set<ChildProcesses> batches = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    LocalSession(List<String> launcher, int parallel) {
        this.launcher = List.copyOf(launcher);
        this.parallel = parallel;
        this.slots = new Semaphore(parallel, true);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "local, %d at a time", parallel);
    }

    @Override
    public int parallelism() {
        return parallel;
    }

    @Override
    public void run(List<Job> jobs, JobListener listener) throws InterruptedException {
        ChildProcesses children = new ChildProcesses();
        batches.add(children);
        if (cancelled) {
            children.cancelAll();
        }
        ConcurrentLinkedQueue<Job> pending = new ConcurrentLinkedQueue<>(jobs);
        List<Thread> workers = new ArrayList<>();
        for (int slot = 0; slot < Math.min(parallel, Math.max(1, jobs.size())); slot++) {
            Thread worker = new Thread(() -> work(pending, listener, children), "engine-local-" + (slot + 1));
            worker.start();
            workers.add(worker);
        }
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            children.cancelAll();
            for (Thread worker : workers) {
                worker.join(); // they end at once: their children are gone, and they start no more
            }
            throw e;
        } finally {
            batches.remove(children);
        }
    }

    private void work(ConcurrentLinkedQueue<Job> pending, JobListener listener, ChildProcesses children) {
        for (Job job = pending.poll(); job != null && !children.cancelled(); job = pending.poll()) {
            if (!acquire(children)) {
                return;
            }
            try {
                JobEnd end = run(job, listener, children);
                if (end != null) {
                    listener.ended(job, end);
                }
            } finally {
                slots.release();
            }
        }
    }

    /** Waits for one of the session's slots; false when the batch is stopped first. */
    private boolean acquire(ChildProcesses children) {
        try {
            while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (children.cancelled()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs one job; null when it was cancelled. */
    private JobEnd run(Job job, JobListener listener, ChildProcesses children) {
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
        cancelled = true;
        batches.forEach(ChildProcesses::cancelAll);
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        cancel();
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
