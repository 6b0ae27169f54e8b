package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.spi.engine.Installation;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/**
 * The contract every {@link ExecutionEngine} must meet, run on {@link ContractJob} in place of mips. Every job
 * runs once to its end, in its own directory, which holds the job's files before and what the job left after; its
 * lines come in order and before its end; its standard error goes to its log; its inputs are there under the paths
 * its arguments name; a job that fails ends alone, with its exit code; and {@link EngineSession#cancel()} stops a
 * running job, which then has no end.
 */
public abstract class AbstractExecutionEngineContractTest {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    @TempDir
    protected Path directory;

    /** The engine under test. */
    protected abstract ExecutionEngine engine();

    /** The {@code --master} it runs on in the test; empty for its default. */
    protected Optional<String> master() {
        return Optional.empty();
    }

    /** An installation of the testkit alone, whose main class is {@link ContractJob}. */
    protected Installation installation() {
        try {
            Path testkit = Path.of(ContractJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new Installation(Optional.empty(), Optional.empty(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    List.of(), List.of(testkit), ContractJob.class.getName());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private EngineSession start(int parallel) {
        return engine().start(new EngineContext(master(), parallel, installation(), line -> { }));
    }

    @Test
    void idAndDescriptionAreWellFormed() {
        String id = engine().id();
        assertTrue(id != null && NAME.matcher(id).matches(), () -> "id '" + id + "' is not a lower-case name");
        assertEquals(id.toLowerCase(Locale.ROOT), id);
        String description = engine().description();
        assertFalse(description == null || description.isBlank(), "blank description");
        assertEquals(1, description.lines().count(), "a description of more than one line");
    }

    @Test
    void everyJobRunsOnceInItsDirectoryAndEndsAloneWithWhatItPrintedAndLeft() throws Exception {
        Path input = Files.writeString(directory.resolve("input.txt"), "the input", StandardCharsets.UTF_8);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path dir = Files.createDirectories(directory.resolve("job-" + i));
            if (i % 2 == 0) {
                Files.writeString(dir.resolve("before.txt"), "before " + i, StandardCharsets.UTF_8);
            }
            jobs.add(new Job("job-" + i, dir, List.of("job", "job-" + i, i == 1 ? "3" : "0", input.toAbsolutePath().toString()),
                    List.of(input.toAbsolutePath()), "job.log"));
        }
        Recorder recorder = new Recorder();
        try (EngineSession session = start(2)) {
            assertFalse(session.describe().isBlank(), "a blank description of the session");
            session.run(jobs, recorder);
            assertFalse(session.cancelled());
        }
        for (int i = 0; i < 4; i++) {
            Job job = jobs.get(i);
            assertEquals(List.of(new JobEnd.Exited(i == 1 ? 3 : 0)), recorder.ends.get(job.name()), job.name() + " must end once");
            assertEquals(List.of("started " + job.name(), "ended " + job.name(), "END"), recorder.lines.get(job.name()),
                    job.name() + ": its lines, in order, then its end");
            assertTrue(recorder.started.contains(job.name()), job.name() + " was never said to start");
            assertEquals((i % 2 == 0 ? "before " + i : "") + " then " + job.name(), read(job.directory().resolve("after.txt")),
                    job.name() + ": the files its directory held before must be there for it, and what it wrote must be there after");
            assertEquals("the input", read(job.directory().resolve("input-copy.txt")), job.name() + ": its input");
            assertTrue(read(job.directory().resolve("job.log")).contains("stderr of " + job.name()), job.name() + ": its standard error");
        }
    }

    @Test
    void cancelStopsARunningJobWhichThenHasNoEnd() throws Exception {
        Path dir = Files.createDirectories(directory.resolve("sleeper"));
        Job sleeper = new Job("sleeper", dir, List.of("sleep", "sleeper", "300"), List.of(), "job.log");
        Recorder recorder = new Recorder();
        try (EngineSession session = start(1)) {
            Thread canceller = new Thread(() -> {
                try {
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                    while (!recorder.started.contains("sleeper") && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    Thread.sleep(2000); // well into its sleep
                    session.cancel();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            canceller.start();
            long start = System.nanoTime();
            session.run(List.of(sleeper), recorder);
            canceller.join();
            assertTrue(System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3), "run did not return after cancel");
            assertTrue(session.cancelled());
        }
        assertEquals(null, recorder.ends.get("sleeper"), "a cancelled job has no end");
    }

    @Test
    void batchesOfSeveralThreadsRunSideBySideAndAnInterruptedOneStopsAlone() throws Exception {
        Job sleeper = new Job("sleeper", Files.createDirectories(directory.resolve("sleeper")), List.of("sleep", "sleeper", "300"),
                List.of(), "job.log");
        Recorder recorder = new Recorder();
        try (EngineSession session = start(2)) {
            assertTrue(session.parallelism() >= 1, "parallelism " + session.parallelism());
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread sleeping = new Thread(() -> {
                try {
                    session.run(List.of(sleeper), recorder);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            sleeping.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!recorder.started.contains("sleeper") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(recorder.started.contains("sleeper"), "the sleeper never started");
            session.run(List.of(quickJob("beside")), recorder);
            assertEquals(List.of(new JobEnd.Exited(0)), recorder.ends.get("beside"), "a batch of another thread runs beside a running one");
            assertTrue(sleeping.isAlive(), "the sleeper's batch ended before it was stopped");

            sleeping.interrupt();
            sleeping.join(TimeUnit.MINUTES.toMillis(2));
            assertFalse(sleeping.isAlive(), "an interrupted batch did not return");
            assertTrue(thrown.get() instanceof InterruptedException, "an interrupted batch throws InterruptedException, not " + thrown.get());
            assertEquals(null, recorder.ends.get("sleeper"), "a job of an interrupted batch has no end");
            assertFalse(session.cancelled(), "interrupting one batch cancelled the session");

            session.run(List.of(quickJob("after")), recorder);
            assertEquals(List.of(new JobEnd.Exited(0)), recorder.ends.get("after"), "the session runs on after a batch was interrupted");
        }
    }

    private Job quickJob(String name) throws IOException {
        return new Job(name, Files.createDirectories(directory.resolve(name)), List.of("job", name, "0"), List.of(), "job.log");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** What the listener heard, per job; a job's end is recorded as a last line {@code END}. */
    private static final class Recorder implements JobListener {
        final Map<String, List<String>> lines = new ConcurrentHashMap<>();
        final Map<String, List<JobEnd>> ends = new ConcurrentHashMap<>();
        final List<String> started = new CopyOnWriteArrayList<>();

        @Override
        public void started(Job job) {
            started.add(job.name());
        }

        @Override
        public void printed(Job job, String line) {
            lines.computeIfAbsent(job.name(), name -> new CopyOnWriteArrayList<>()).add(line);
        }

        @Override
        public void ended(Job job, JobEnd end) {
            ends.computeIfAbsent(job.name(), name -> new CopyOnWriteArrayList<>()).add(end);
            lines.computeIfAbsent(job.name(), name -> new CopyOnWriteArrayList<>()).add("END");
        }
    }
}
