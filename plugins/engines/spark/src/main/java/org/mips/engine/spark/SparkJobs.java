package org.mips.engine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Installation;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/**
 * A Spark application running jobs for one mips command. Each job is a Spark job of one task, so that a job
 * Spark gives up on (its executors lost more often than {@code spark.task.maxFailures}) fails alone; its lines
 * stream back as they are printed ({@link JobLines}), and the driver writes each job's files back into its
 * directory as it ends, in the order jobs end.
 */
final class SparkJobs implements EngineSession {

    /** The local property that names the mips job a Spark job runs: its batch's job group, a slash, its name. */
    private static final String JOB_PROPERTY = "mips.job";

    /** A job of a running batch, and who hears about it. */
    private record Heard(Job job, JobListener listener) {
    }

    private final JavaSparkContext spark;
    private final ClassLoader loader;
    private final Path archiveDir;
    private final EngineContext context;
    private final Map<Integer, String> stages = new ConcurrentHashMap<>();
    private final Map<String, Heard> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger batches = new AtomicInteger();
    private final JobLines lines;
    private volatile boolean cancelled;

    private SparkJobs(JavaSparkContext spark, ClassLoader loader, Path archiveDir, EngineContext context) {
        this.spark = spark;
        this.loader = loader;
        this.archiveDir = archiveDir;
        this.context = context;
        this.lines = new JobLines(spark.sc().conf().get("spark.driver.host"), (key, line) -> {
            Heard heard = jobs.get(key);
            if (heard != null) {
                synchronized (heard) {
                    heard.listener().printed(heard.job(), line);
                }
            }
        });
        spark.sc().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                String name = start.properties() == null ? null : start.properties().getProperty(JOB_PROPERTY);
                if (name != null) {
                    start.stageInfos().foreach(stage -> stages.put(stage.stageId(), name));
                }
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                Heard heard = heard(end.stageId());
                if (heard != null && !(end.reason() instanceof org.apache.spark.Success$) && !cancelled) {
                    context.notes().accept("spark: " + heard.job().name() + ": its task (attempt " + end.taskInfo().attemptNumber() + ", executor "
                            + end.taskInfo().executorId() + ") failed: " + firstLine(end.reason().toString())
                            + "; Spark runs it again unless it has failed spark.task.maxFailures times");
                }
            }

            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                Heard heard = heard(start.stageId());
                if (heard != null) {
                    synchronized (heard) {
                        heard.listener().started(heard.job());
                    }
                }
            }
        });
    }

    private Heard heard(int stage) {
        String key = stages.get(stage);
        return key == null ? null : jobs.get(key);
    }

    static SparkJobs start(EngineContext context) {
        ClassLoader loader = SparkJobs.class.getClassLoader();
        SparkConf conf = new SparkConf();
        Optional<String> master = context.master().or(() -> conf.getOption("spark.master").isDefined()
                ? Optional.of(conf.get("spark.master")) : Optional.empty());
        if (master.isEmpty()) {
            throw new EngineException("no --master: give one (local[N], spark://HOST:PORT), or run mips under spark-submit");
        }
        Path archiveDir;
        try {
            archiveDir = Files.createTempDirectory("mips-spark-");
            Path archive = archiveDir.resolve(RemoteJob.ARCHIVE + ".zip");
            InstallationArchive.write(context.installation(), ownJar(), archive);
            conf.setMaster(master.get()).setAppName("mips")
                    .set("spark.archives", archive.toUri() + "#" + RemoteJob.ARCHIVE)
                    .setIfMissing("spark.ui.enabled", "false")
                    .setIfMissing("spark.ui.showConsoleProgress", "false");
            ownJar().ifPresent(jar -> conf.set("spark.jars", jar.toUri().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.notes().accept("spark: starting an application on " + master.get());
        JavaSparkContext spark = within(loader, () -> {
            try {
                return new JavaSparkContext(conf);
            } catch (RuntimeException e) {
                throw new EngineException("cannot start a Spark application on " + master.get() + ": " + firstLine(e), e);
            }
        });
        spark.setLogLevel("WARN");
        try {
            if (!master.get().startsWith("local")) {
                awaitExecutor(spark, master.get(), context);
            }
            return new SparkJobs(spark, loader, archiveDir, context);
        } catch (RuntimeException | InterruptedException e) {
            spark.stop();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new EngineException("stopped while waiting for the cluster");
            }
            throw e instanceof EngineException engine ? engine
                    : new EngineException("the Spark application on " + master.get() + " stopped as it started: " + firstLine(e), e);
        }
    }

    /**
     * Waits for the cluster to give the application an executor, saying so every half minute; a master that
     * cannot be reached, or that refuses the application, stops the context, and that is one line for the user.
     */
    private static void awaitExecutor(JavaSparkContext spark, String master, EngineContext context) throws InterruptedException {
        long start = System.nanoTime();
        long said = start;
        while (spark.sc().statusTracker().getExecutorInfos().length <= 1) {
            if (spark.sc().isStopped()) {
                throw new EngineException("the Spark master at " + master + " did not take the application (is it running, and is this "
                        + "its URL? Its log says why it refused one)");
            }
            if (System.nanoTime() - said > TimeUnit.SECONDS.toNanos(30)) {
                said = System.nanoTime();
                context.notes().accept(String.format(Locale.ROOT, "spark: no executor yet after %d s (has the cluster free cores? a worker "
                        + "needs Java 17 and Spark's jars)", TimeUnit.NANOSECONDS.toSeconds(said - start)));
            }
            Thread.sleep(200);
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "spark %s (%s), %d core(s) now", spark.master(), spark.sc().applicationId(), spark.defaultParallelism());
    }

    @Override
    public int parallelism() {
        return Math.max(1, spark.defaultParallelism() / spark.sc().conf().getInt("spark.task.cpus", 1));
    }

    @Override
    public void run(List<Job> batch, JobListener listener) throws InterruptedException {
        String group = "mips-" + batches.incrementAndGet();
        int cores = spark.sc().conf().getInt("spark.task.cpus", 1);
        Map<JavaFutureAction<List<JobOutput>>, String> running = new HashMap<>();
        try {
            within(loader, () -> {
                // Job groups and local properties belong to the calling thread: batches of other threads keep theirs.
                spark.setJobGroup(group, "mips jobs", true);
                for (Job job : batch) {
                    if (cancelled) {
                        break;
                    }
                    String key = group + "/" + job.name();
                    JobPayload payload = payload(job, cores, context.installation(), lines.sink(key));
                    jobs.put(key, new Heard(job, listener));
                    spark.setLocalProperty(JOB_PROPERTY, key);
                    spark.setJobDescription("mips " + job.name());
                    running.put(spark.parallelize(List.of(payload), 1).map(new RunJob()).collectAsync(), key);
                }
                return null;
            });
            while (!running.isEmpty() && !cancelled) {
                for (var entry : List.copyOf(running.entrySet())) {
                    Heard heard = jobs.get(entry.getValue());
                    JobEnd end = ended(entry.getKey(), entry.getValue(), heard);
                    if (end != null) {
                        running.remove(entry.getKey());
                        if (!cancelled) {
                            listener.ended(heard.job(), end);
                        }
                    }
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            cancel(group);
            throw e;
        } finally {
            running.values().forEach(jobs::remove);
        }
    }

    /**
     * The job's end once its Spark job is over, its directory made what the job left; null while it runs or when
     * it was cancelled.
     */
    private JobEnd ended(JavaFutureAction<List<JobOutput>> future, String key, Heard heard) throws InterruptedException {
        if (!future.isDone()) {
            return null;
        }
        Job job = heard.job();
        try {
            JobOutput output = future.get(0, TimeUnit.SECONDS).get(0);
            DirectoryFiles.replace(job.directory(), output.files());
            lines.finish(key, output.attempt(), output.lines(), output.streamed());
            return new JobEnd.Exited(output.exit());
        } catch (ExecutionException e) {
            return cancelled ? null : new JobEnd.Failed("Spark gave up on it: " + firstLine(e.getCause() == null ? e : e.getCause()));
        } catch (java.util.concurrent.CancellationException | TimeoutException e) {
            return null;
        }
    }

    private static JobPayload payload(Job job, int cores, Installation installation, LineSink sink) {
        List<String> arguments = new ArrayList<>();
        List<JobPayload.Input> inputs = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        try {
            for (Path input : job.inputs()) {
                String path = input.toAbsolutePath().toString();
                if (!index.containsKey(path)) {
                    index.put(path, inputs.size());
                    inputs.add(new JobPayload.Input(input.getFileName().toString(), Files.readAllBytes(input)));
                }
            }
        } catch (IOException e) {
            throw new EngineException("job " + job.name() + ": cannot read its input: " + e.getMessage(), e);
        }
        for (String argument : job.arguments()) {
            Integer input = index.get(argument);
            arguments.add(input == null ? argument : JobPayload.INPUT + input);
        }
        return new JobPayload(job.name(), arguments, DirectoryFiles.read(job.directory()), inputs, job.log(),
                installation.jvmOptions(), installation.mainClass(), cores, sink);
    }

    @Override
    public void cancel() {
        cancelled = true;
        try {
            spark.cancelAllJobs();
        } catch (RuntimeException e) {
            // The application is already gone.
        }
    }

    /** Stops one batch's Spark jobs. */
    private void cancel(String group) {
        try {
            spark.cancelJobGroup(group);
        } catch (RuntimeException e) {
            // The application is already gone.
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        lines.close();
        within(loader, () -> {
            spark.stop();
            return null;
        });
        DirectoryFiles.delete(archiveDir);
    }

    /** The jar this class came from, which executors load the job's code from; empty when it runs from class directories. */
    private static Optional<Path> ownJar() {
        try {
            Path location = Path.of(SparkJobs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Spark finds its classes, and ours, through the thread's context class loader. */
    private static <T> T within(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String firstLine(Throwable e) {
        return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse(message);
    }
}
