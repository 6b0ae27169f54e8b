package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.io.AtomicFiles;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.core.store.RunStore;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

/** The search with its trials as jobs of an engine: here an engine that runs each job's trial on a thread of its own. */
class JobTrainingTest {

    private static final SearchSettings SETTINGS = SearchSettings.defaults().withBudget(Duration.ofMinutes(1))
            .withGrace(Duration.ofSeconds(5)).withWorkers(2);

    @TempDir
    Path scratch;

    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    });

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /**
     * Runs a job as {@code mips search-trial} would, in its directory, with {@code backend}: reads its trial.json, trains,
     * writes trial-report.json; or, for the trials {@code broken} names, writes a line to its log and exits with 2.
     */
    private final class ThreadSession implements EngineSession {
        private final ScriptedBackend backend;
        private final Function<String, Boolean> broken;
        final AtomicInteger interrupted = new AtomicInteger();

        /** Batches this session runs before its engine stops; after that, {@code run} throws as Spark's stopped context does. */
        volatile int untilStopped = Integer.MAX_VALUE;

        ThreadSession(ScriptedBackend backend, Function<String, Boolean> broken) {
            this.backend = backend;
            this.broken = broken;
        }

        @Override
        public String describe() {
            return "threads";
        }

        @Override
        public int parallelism() {
            return 2;
        }

        @Override
        public void run(List<Job> jobs, JobListener listener) throws InterruptedException {
            synchronized (this) {
                if (untilStopped-- <= 0) {
                    throw new IllegalStateException("Cannot call methods on a stopped SparkContext.");
                }
            }
            for (Job job : jobs) {
                CountDownLatch over = new CountDownLatch(1);
                Future<Integer> exit = threads.submit(() -> {
                    try {
                        return trial(job);
                    } finally {
                        over.countDown();
                    }
                });
                try {
                    listener.ended(job, new JobEnd.Exited(exit.get()));
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    exit.cancel(true);
                    over.await(); // as an engine's stopped job: gone before run returns
                    throw e;
                } catch (ExecutionException e) {
                    listener.ended(job, new JobEnd.Failed(e.getCause().toString()));
                }
            }
        }

        private int trial(Job job) throws IOException {
            Path dir = job.directory();
            Path file = dir.resolve(TrialJob.Spec.TYPE.fileName());
            TrialJob.Spec spec = RunStore.parse(file, Files.readString(file), TrialJob.Spec.TYPE);
            if (broken.apply(spec.architecture())) {
                Files.writeString(dir.resolve(job.log()), "mips: trial.json: the data rebuilt here is not the search's\n");
                return 2;
            }
            TrialReport report = TrialJob.train(backend, ScriptedBackend.request(), SETTINGS.patience(), spec);
            if (Thread.interrupted()) {
                return 143; // stopped: a killed job writes nothing
            }
            AtomicFiles.write(dir.resolve(TrialReport.TYPE.fileName()), RunStore.toJson(TrialReport.TYPE, report));
            return 0;
        }

        @Override
        public void cancel() {
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public void close() {
        }
    }

    private SearchOutcome searchWithJobs(ThreadSession session) {
        TrialJobs jobs = new TrialJobs(session, List.of(TrialJob.COMMAND), "Scripted_Task", "digest", scratch);
        return new ArchitectureSearch(session.backend, SETTINGS).trainingTrialsAs(jobs).run("Scripted_Task", ScriptedBackend.request(),
                SearchListener.none());
    }

    private static Act deepTransition(TrialKey key) {
        TrialOutcome outcome = PlansTest.deepTransition(key);
        return outcome.perfect() ? Act.succeeds() : Act.fails(outcome.bestAccuracy());
    }

    /** What a trial says about its architecture, without its index and times. */
    private static String outcome(TrialRecord trial) {
        return trial.architecture() + " " + trial.encodings() + " seed " + trial.seed() + ": " + trial.stop() + " " + trial.bestAccuracy()
                + " " + trial.steps() + " " + trial.perfectAtStep();
    }

    private static List<String> told(SearchOutcome outcome) {
        return outcome.result().trials().stream().filter(t -> t.stop() != TrialStop.CANCELLED).map(JobTrainingTest::outcome).sorted().toList();
    }

    @Test
    void trialsAsJobsChooseWhatTheSearchChoosesHereWithTheSameOutcomes() {
        SearchOutcome here = new ArchitectureSearch(new ScriptedBackend(JobTrainingTest::deepTransition), SETTINGS)
                .run("Scripted_Task", ScriptedBackend.request(), SearchListener.none());
        ThreadSession session = new ThreadSession(new ScriptedBackend(JobTrainingTest::deepTransition), architecture -> false);
        SearchOutcome jobs = searchWithJobs(session);

        assertEquals("3,2,5,1,0", jobs.result().chosen().architecture());
        assertEquals(here.result().chosen(), jobs.result().chosen());
        assertEquals(here.network().orElseThrow(), jobs.network().orElseThrow());
        assertTrue(jobs.result().complete());
        // Look-ahead may differ with timing, but every trial both ran says the same, and the sequential plan's are all there.
        List<String> sequential = Simulation.run(SETTINGS.plan(DataSurvey.Plan.scalar(1, 1)), SETTINGS.seeds(), PlansTest::deepTransition)
                .trained().stream().map(key -> key.architecture().toText() + " scalar seed " + key.seed() + ":").toList();
        for (String start : sequential) {
            assertTrue(told(jobs).stream().anyMatch(t -> t.startsWith(start)), start + " was not trained by a job");
        }
        for (String trial : told(jobs)) {
            String key = trial.substring(0, trial.indexOf(':') + 1);
            told(here).stream().filter(t -> t.startsWith(key)).findFirst().ifPresent(t -> assertEquals(t, trial));
        }
        try (var left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the jobs' directories are removed once read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aJobThatEndsWithoutAReportFailsItsTrialWithTheJobsLastLine() {
        ThreadSession session = new ThreadSession(new ScriptedBackend(key -> Act.succeeds()), architecture -> architecture.equals("1,1,0,1,0"));
        SearchOutcome outcome = searchWithJobs(session);
        TrialRecord first = outcome.result().trials().stream().filter(t -> t.architecture().equals("1,1,0,1,0")).findFirst().orElseThrow();
        assertEquals(TrialStop.FAILED, first.stop());
        assertEquals("its job exited with code 2: mips: trial.json: the data rebuilt here is not the search's", first.reason());
        SearchOutcome throwingHere = new ArchitectureSearch(new ScriptedBackend(key -> key.architecture().equals(Architecture.linear(1))
                ? Act.throwing("broken") : Act.succeeds()), SETTINGS).run("Scripted_Task", ScriptedBackend.request(), SearchListener.none());
        assertEquals(throwingHere.result().chosen(), outcome.result().chosen(),
                "a failed job fails its trial alone, as a backend that throws does here");
    }

    @Test
    void aLookAheadTheSearchNoLongerNeedsStopsItsJob() {
        // Linear n = 1 succeeds after 100 ms; the look-ahead's job (the next ladder candidate) would take 3 s.
        ThreadSession session = new ThreadSession(new ScriptedBackend(key -> key.architecture().equals(Architecture.linear(1))
                ? Act.succeeds().taking(100) : Act.fails(0.5).taking(3000)), architecture -> false);
        long start = System.nanoTime();
        SearchOutcome outcome = searchWithJobs(session);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals("1,1,0,1,0", outcome.result().chosen().architecture());
        assertTrue(seconds < 2, "took " + seconds + " s");
        TrialRecord lookAhead = outcome.result().trials().stream().sorted(Comparator.comparingInt(TrialRecord::index)).toList().get(1);
        assertEquals("1,2,8,1,0", lookAhead.architecture());
        assertEquals(TrialStop.CANCELLED, lookAhead.stop());
        assertEquals("not needed any more", lookAhead.reason());
        assertEquals(1, session.interrupted.get(), "the look-ahead's batch was interrupted, and only it");
    }

    @Test
    void theDataDigestIsOfEveryValueAndTellsDatasetsApart() throws Exception {
        Dataset dataset = ScriptedBackend.dataset();
        // The digest fed a buffer at a time equals the one fed a value at a time, little-endian.
        MessageDigest reference = MessageDigest.getInstance("SHA-256");
        reference.update(dataset.name().getBytes(StandardCharsets.UTF_8));
        for (Split split : List.of(dataset.train(), dataset.test())) {
            for (SequenceBatch batch : List.of(split.x(), split.y())) {
                ByteBuffer values = ByteBuffer.allocate(8 * (3 + batch.count() * batch.length() * batch.dimension())).order(ByteOrder.LITTLE_ENDIAN);
                values.putLong(batch.count()).putLong(batch.length()).putLong(batch.dimension());
                for (int n = 0; n < batch.count(); n++) {
                    for (int t = 0; t < batch.length(); t++) {
                        for (int i = 0; i < batch.dimension(); i++) {
                            values.putLong(batch.get(n, t, i));
                        }
                    }
                }
                reference.update(values.array());
            }
        }
        assertEquals(HexFormat.of().formatHex(reference.digest()), TrialJob.digest(dataset));
        long[] one = new long[6];
        one[5] = 1;
        Split changed = new Split(new SequenceBatch(2, 3, 1, one), dataset.test().y());
        assertTrue(!TrialJob.digest(new Dataset("scripted", changed, dataset.test())).equals(TrialJob.digest(dataset)));
    }

    @Test
    void anEngineThatStopsStopsTheSearchWithoutAChoiceOrAVerdictOnTheTrialsItDidNotTrain() {
        ThreadSession session = new ThreadSession(new ScriptedBackend(JobTrainingTest::deepTransition), architecture -> false);
        session.untilStopped = 2;
        long start = System.nanoTime();
        IllegalStateException stopped = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> searchWithJobs(session));
        assertEquals("the search stopped: its engine stopped: Cannot call methods on a stopped SparkContext.", stopped.getMessage());
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "the search went on after its engine stopped");
    }
}
