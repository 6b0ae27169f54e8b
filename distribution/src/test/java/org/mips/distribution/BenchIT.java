package org.mips.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mips bench} end to end on two small tasks, against one run left alone on the local engine: a run
 * stopped in the middle and resumed ends with the same results and artifacts, and its report renders in a real
 * browser; on a Spark standalone cluster (a master and a worker on 127.0.0.1) the spark engine's run has them too,
 * times aside, and so has a run of one task whose executor is killed in its middle (Spark runs it again); and
 * {@code mips search} with its trials as Spark jobs chooses the network the local run's search chose.
 */
class BenchIT {

    private static final Path HOME = Path.of(System.getProperty("mips.distribution", "target/mips"));
    private static final Path ENGINE = Path.of(System.getProperty("mips.engine.spark", "target/engines/mips-engine-spark.zip"));
    private static final Path SPARK_JARS = Path.of(System.getProperty("mips.spark.jars", "target/spark/lib"));
    private static final List<String> TASKS = List.of("Bitwise_Xor", "Parity_All");
    /** Logs: they hold times and the directories the task ran in, which differ between machines. */
    private static final Set<String> LOGS = Set.of("run.log", "events.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The run left alone, on the local engine, that the others must equal. */
    @TempDir
    static Path reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void runLeftAlone() throws Exception {
        String log = finish(start(reference, "whole", bench(reference.resolve("whole")).toArray(String[]::new)), reference, "whole");
        assertTrue(log.contains("2 of 2 tasks done: 2 solved, 2 proven"), log);
    }

    private static Process start(Path dir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString()));
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.size() > 1 && rest.get(0).equals("--plugins-dir")) {
            command.addAll(rest.subList(0, 2));
            rest = rest.subList(2, rest.size());
        }
        command.add("bench");
        command.addAll(rest);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private Process start(String name, String... args) throws IOException {
        return start(dir, name, args);
    }

    private static String finish(Process process, Path dir, String name) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in 5 minutes:\n" + Files.readString(dir.resolve(name + ".log")));
        }
        String log = Files.readString(dir.resolve(name + ".log"));
        assertEquals(0, process.exitValue(), log);
        return log;
    }

    private String finish(Process process, String name) throws Exception {
        return finish(process, dir, name);
    }

    private static List<String> bench(Path out) {
        return bench(out, TASKS);
    }

    private static List<String> bench(Path out, List<String> tasks) {
        return List.of("--tasks", String.join(",", tasks), "--budget-per-task", "30s", "--jobs", "2", "--out", out.toString());
    }

    @Test
    void anInterruptedThenResumedRunEqualsAnUninterruptedOne() throws Exception {
        Path whole = reference.resolve("whole");
        Path parts = dir.resolve("parts");
        long firstStart = System.nanoTime();
        Process first = start("first", bench(parts).toArray(String[]::new));
        Path journal = parts.resolve("tasks/Parity_All/journal.json");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!simplified(journal) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(simplified(journal), "Parity_All never finished its simplification");
        // kill -9: no shutdown hook runs, so only what the bench keeps on disk as it goes survives.
        first.destroyForcibly();
        assertTrue(first.waitFor(1, TimeUnit.MINUTES), "the benchmark did not stop on SIGKILL");
        double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
        JsonNode ending = JSON.readTree(journal.toFile()).path("ending");
        assertTrue(ending.isMissingNode() || ending.isNull(), "an interrupted task must not count as ended");

        String resumed = finish(start("resumed", "--resume", "--out", parts.toString()), "resumed");
        assertTrue(resumed.contains("2 of 2 tasks done: 2 solved, 2 proven"), resumed);
        assertTrue(resumed.contains("over 2 session(s)"), resumed);
        double wall = JSON.readTree(parts.resolve("results.json").toFile()).path("wallSeconds").asDouble();
        // The killed session counts up to its last tick (every 5 s) in the resumed run's wall time.
        assertTrue(wall > firstSeconds - 8, "wall time " + wall + " s leaves out most of the killed session's " + firstSeconds + " s");
        String parityLog = Files.readString(parts.resolve("tasks/Parity_All/run.log"));
        assertEquals(1, count(parityLog, "== search:"), "the finished search was redone:\n" + parityLog);

        assertEquals(withoutTimes(whole), withoutTimes(parts));
        for (String task : TASKS) {
            for (String file : List.of("network.json", "simplified.json", "machine.json", "program.json", "proof.dfy")) {
                assertArrayEquals(Files.readAllBytes(whole.resolve("tasks").resolve(task).resolve(file)),
                        Files.readAllBytes(parts.resolve("tasks").resolve(task).resolve(file)), task + "/" + file);
            }
        }
        rendersInChromium(parts.resolve("report.html"));
    }

    @Test
    void aStandaloneClusterRunsTheBenchmarkAsTheLocalEngineDoesEvenWhenItLosesAnExecutor() throws Exception {
        Path plugins = pluginsWithSpark();
        Path local = reference.resolve("whole");
        try (SparkStandalone cluster = SparkStandalone.start(SPARK_JARS, dir.resolve("cluster"), 2)) {
            Path spark = dir.resolve("spark");
            String sparkLog = finish(start("spark", engine(plugins, spark, cluster)), "spark");
            assertTrue(sparkLog.contains("mips bench: 2 tasks, spark " + cluster.url()), sparkLog);
            assertTrue(sparkLog.contains("2 of 2 tasks done: 2 solved, 2 proven"), sparkLog + cluster.logs());
            assertSameRun(local, spark, TASKS);

            // One task, whose executor is lost in its middle: Spark runs it again on a new one.
            Path lost = dir.resolve("lost");
            Process run = start("lost", engine(plugins, lost, cluster, List.of("Parity_All")));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            Optional<ProcessHandle> executor = cluster.executorRunningAJob();
            while (executor.isEmpty() && System.nanoTime() < deadline && run.isAlive()) {
                Thread.sleep(200);
                executor = cluster.executorRunningAJob();
            }
            assertTrue(executor.isPresent(), "no executor ran a job within 2 minutes:\n" + cluster.logs());
            Thread.sleep(5000); // into the tasks' searches
            executor.get().destroyForcibly();
            assertTrue(executor.get().onExit().get(1, TimeUnit.MINUTES) != null);
            String lostLog = finish(run, "lost");
            assertTrue(lostLog.contains("1 of 1 tasks done: 1 solved, 1 proven"), lostLog + cluster.logs());
            assertTrue(lostLog.contains("; Spark runs it again"), "the driver never said a task was lost:\n" + lostLog);
            assertTrue(cluster.logs().matches("(?s).*Executor app-\\S+ finished with state (FAILED|EXITED).*"),
                    "the worker never saw its executor end:\n" + cluster.logs());
            assertSameRun(local, lost, List.of("Parity_All"));
        }
    }


    @Test
    void aSearchWhoseTrialsAreSparkJobsChoosesTheNetworkOfTheLocalSearch() throws Exception {
        // The local run's search of Parity_All, when it ran to its plan's end (its choice is then the plan's); else one of its own.
        Path local = reference.resolve("whole/tasks/Parity_All");
        String localLog = "the local engine's benchmark run";
        if (!JSON.readTree(local.resolve("search.json").toFile()).path("complete").asBoolean()) {
            local = dir.resolve("local");
            localLog = search("local", "--task", "Parity_All", "--budget", "2m", "--out", local.toString());
        }
        Path spark = dir.resolve("spark");
        String sparkLog = search("spark", "--engine", "spark", "--master", "local[2]", "--task", "Parity_All", "--budget", "2m",
                "--out", spark.toString());
        assertTrue(sparkLog.contains("trials run as jobs of spark local[2]"), sparkLog);
        JsonNode expected = JSON.readTree(local.resolve("search.json").toFile());
        JsonNode actual = JSON.readTree(spark.resolve("search.json").toFile());
        assertTrue(expected.path("complete").asBoolean(), "the local search was cut short by its budget:\n" + localLog);
        assertTrue(actual.path("complete").asBoolean(), "the search on Spark was cut short by its budget:\n" + sparkLog);
        assertEquals(expected.path("chosen"), actual.path("chosen"), sparkLog);
        assertArrayEquals(Files.readAllBytes(local.resolve("network.json")), Files.readAllBytes(spark.resolve("network.json")),
                "the same network, byte for byte");
        for (JsonNode trial : actual.path("trials")) {
            assertTrue(!trial.path("stop").asText().equals("failed"), "a trial's job failed: " + trial + "\n" + sparkLog);
        }
    }

    /** {@code mips --plugins-dir (with spark) search ARGS}, to its end. */
    private String search(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString(), "--plugins-dir", pluginsWithSpark().toString(),
                "search"));
        command.addAll(List.of(args));
        return finish(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start(), name);
    }

    /** The distribution's plugins and the spark engine's, in a directory of this test's. */
    private Path pluginsWithSpark() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("mips.skipSpark"), "built with -DskipSpark: no spark engine to test");
        Path plugins = dir.resolve("plugins");
        if (Files.isDirectory(plugins)) {
            return plugins;
        }
        Files.createDirectories(plugins);
        try (Stream<Path> bundled = Files.list(HOME.resolve("plugins"))) {
            for (Path zip : bundled.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        Files.copy(ENGINE, plugins.resolve(ENGINE.getFileName()));
        return plugins;
    }

    private static String[] engine(Path plugins, Path out, SparkStandalone cluster) {
        return engine(plugins, out, cluster, TASKS);
    }

    private static String[] engine(Path plugins, Path out, SparkStandalone cluster, List<String> tasks) {
        List<String> args = new ArrayList<>(List.of("--plugins-dir", plugins.toString(), "--engine", "spark", "--master", cluster.url()));
        args.addAll(bench(out, tasks));
        return args.toArray(String[]::new);
    }

    /**
     * The two runs have the same results and the same files in the directory of each of {@code tasks}, byte for byte, but for
     * times: JSON fields that hold seconds, and the hashes of the files that hold them.
     */
    private static void assertSameRun(Path expected, Path actual, List<String> tasks) throws IOException {
        JsonNode expectedResults = withoutTimesIn(expected.resolve("results.json"), Set.of());
        JsonNode actualResults = withoutTimesIn(actual.resolve("results.json"), Set.of());
        if (tasks.equals(TASKS)) {
            assertEquals(expectedResults, actualResults);
        } else {
            assertEquals(results(expectedResults, tasks), results(actualResults, tasks));
        }
        for (String task : tasks) {
            Path a = expected.resolve("tasks").resolve(task);
            Path b = actual.resolve("tasks").resolve(task);
            Set<String> files = files(a);
            assertEquals(files, files(b), task + ": the task directories hold different files");
            Set<String> timed = new TreeSet<>();
            for (String file : files) {
                if (file.endsWith(".json") && !withoutTimesIn(a.resolve(file), Set.of()).equals(JSON.readTree(a.resolve(file).toFile()))) {
                    timed.add(file);
                }
            }
            for (String file : files) {
                if (LOGS.contains(file)) {
                    continue;
                }
                if (file.endsWith(".json")) {
                    assertEquals(withoutTimesIn(a.resolve(file), timed), withoutTimesIn(b.resolve(file), timed), task + "/" + file);
                } else {
                    assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), task + "/" + file);
                }
            }
        }
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new TreeSet<>(walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).toList());
        }
    }

    /** The JSON in {@code file} without the fields that hold times, nor the hashes of the files in {@code timed}. */
    /** The rows of {@code tasks} in a results.json. */
    private static List<JsonNode> results(JsonNode results, List<String> tasks) {
        List<JsonNode> rows = new ArrayList<>();
        results.path("tasks").forEach(row -> {
            if (tasks.contains(row.path("task").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static JsonNode withoutTimesIn(Path file, Set<String> timed) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        strip(json, timed);
        return json;
    }

    private static void strip(JsonNode node, Set<String> timed) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (name.endsWith("seconds") || name.endsWith("Seconds") || name.equals("sessions") || timed.contains(name)) {
                    fields.remove();
                } else {
                    strip(field.getValue(), timed);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> strip(element, timed));
        }
    }


    /** Whether the task's journal says its simplify stage ended. */
    private static boolean simplified(Path journal) {
        try {
            for (JsonNode entry : JSON.readTree(journal.toFile()).path("ended")) {
                if (entry.path("stage").asText().equals("simplify")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // not written yet
        }
    }

    /** results.json without what depends on the clock. */
    private static JsonNode withoutTimes(Path out) throws IOException {
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
        for (JsonNode task : results.path("tasks")) {
            ((ObjectNode) task).remove(List.of("seconds", "totalSeconds"));
            ((ObjectNode) task.path("proof")).remove("seconds");
        }
        return results.path("tasks");
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    /** Takes a screenshot of the report with headless Chromium (installed by .ci/run) and checks that something was drawn. */
    private void rendersInChromium(Path report) throws Exception {
        assertTrue(Files.isRegularFile(report), "no report.html");
        String browser = Set.of("chromium", "chromium-browser").stream().filter(BenchIT::onPath).findFirst().orElse(null);
        Assumptions.assumeTrue(browser != null, "Chromium is not installed; .ci/run installs it");
        Path png = dir.resolve("report.png");
        Process chromium = new ProcessBuilder(browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=1280,2400", "--screenshot=" + png, report.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(chromium.waitFor(2, TimeUnit.MINUTES), "chromium did not finish");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null, "no screenshot:\n" + Files.readString(dir.resolve("chromium.log")));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the screenshot is nearly blank: " + colours.size() + " colours");
    }

    private static boolean onPath(String program) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }
}
