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
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mips bench} end to end on two small tasks: a run stopped in the middle and resumed ends with
 * the same results and programs as a run left alone, and its report renders in a real browser.
 */
class BenchIT {

    private static final Path HOME = Path.of(System.getProperty("mips.distribution", "target/mips"));
    private static final List<String> TASKS = List.of("Abs_Current", "Parity_All");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString(), "bench"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String finish(Process process, String name) throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(name + " did not finish in 5 minutes:\n" + Files.readString(dir.resolve(name + ".log")));
        }
        String log = Files.readString(dir.resolve(name + ".log"));
        assertEquals(0, process.exitValue(), log);
        return log;
    }

    private List<String> bench(Path out) {
        return List.of("--tasks", String.join(",", TASKS), "--budget-per-task", "1m", "--jobs", "2", "--out", out.toString());
    }

    @Test
    void anInterruptedThenResumedRunEqualsAnUninterruptedOne() throws Exception {
        Path whole = dir.resolve("whole");
        String log = finish(start("whole", bench(whole).toArray(String[]::new)), "whole");
        assertTrue(log.contains("2 of 2 tasks done: 2 solved, 2 proven"), log);

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
