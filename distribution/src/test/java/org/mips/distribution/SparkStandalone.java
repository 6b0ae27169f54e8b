package org.mips.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for a test: a master and one worker, started from the Spark jars the
 * build unpacked (the spark engine plugin's {@code lib/}), as {@code sbin/start-master.sh} and
 * {@code sbin/start-worker.sh} would. The worker starts executor JVMs from {@code SPARK_HOME/jars}.
 */
final class SparkStandalone implements AutoCloseable {

    /** The options Spark's launcher gives its JVMs on Java 17 (org.apache.spark.launcher.JavaModuleOptions). */
    static final List<String> JAVA_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://[^\\s]+)");

    private final Path dir;
    private final Process master;
    private final Process worker;
    private final String url;

    private SparkStandalone(Path dir, Process master, Process worker, String url) {
        this.dir = dir;
        this.master = master;
        this.worker = worker;
        this.url = url;
    }

    /** Starts a master and a worker with {@code cores} cores; returns once the worker has registered. */
    static SparkStandalone start(Path jars, Path dir, int cores) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        // Spark's own jars only: the plugin's jar on the executors' class path would hide the one the driver ships.
        Path sparkJars = Files.createDirectories(home.resolve("jars"));
        try (Stream<Path> list = Files.list(jars)) {
            for (Path jar : list.filter(jar -> !jar.getFileName().toString().startsWith("mips-")).toList()) {
                Files.createSymbolicLink(sparkJars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        Process master = java(home, dir.resolve("master.log"), List.of("-Dspark.master.rest.enabled=false",
                "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        String url = await(dir.resolve("master.log"), MASTER_URL, master).group(1);
        Process worker = java(home, dir.resolve("worker.log"), List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", Integer.toString(cores), "--memory", "4g", "--webui-port", "0", "--work-dir",
                Files.createDirectories(dir.resolve("work")).toString(), url));
        SparkStandalone cluster = new SparkStandalone(dir, master, worker, url);
        try {
            await(dir.resolve("worker.log"), Pattern.compile("Successfully registered with master"), worker);
        } catch (AssertionError | IOException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String url() {
        return url;
    }

    /** The executor JVMs the worker has running. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> executors = new ArrayList<>();
        worker.children().filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains("CoarseGrainedExecutorBackend"))
                .orElse(false)).forEach(executors::add);
        return executors;
    }

    /** The first executor that has a process running a mips job, once there is one. */
    Optional<ProcessHandle> executorRunningAJob() {
        return executors().stream().filter(executor -> executor.descendants().anyMatch(p -> p.info().arguments()
                .map(args -> List.of(args).contains("bench-task")).orElse(false))).findFirst();
    }

    String logs() throws IOException {
        return "master:\n" + Files.readString(dir.resolve("master.log")) + "\nworker:\n" + Files.readString(dir.resolve("worker.log"));
    }

    @Override
    public void close() {
        for (Process process : List.of(worker, master)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static Process java(Path home, Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-Xmx512m", "-cp", home.resolve("jars") + "/*"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        // Without it a worker looks for a source build's directories to tell the Scala version, and fails every executor.
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** Waits up to two minutes for {@code pattern} in the log of {@code process}. */
    private static Matcher await(Path log, Pattern pattern, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Matcher matcher = pattern.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the Spark process ended:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + pattern + "' within 2 minutes:\n" + Files.readString(log));
    }
}
