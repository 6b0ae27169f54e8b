package org.mips.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mips run} killed at a random point of every stage in turn, by SIGKILL and by SIGINT, each session
 * {@code --resume}d by the next: the run directory ends as an uninterrupted run's, byte for byte but for the
 * times, with no stale artifact, and no temporary folder is left behind.
 */
class FaultInjectionIT {

    private static final Path HOME = Path.of(System.getProperty("mips.distribution", "target/mips"));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The stages to interrupt, in turn, each once: by SIGKILL and SIGINT alternately, at a random point of the stage. */
    private static final List<String> POINTS = List.of("search", "simplify", "extract", "regress", "verify", "prove", "emit");
    /** What depends on the clock: how long things took, and which look-ahead trials a search finished before it was done. */
    private static final List<String> TIMES = List.of("seconds", "startSeconds", "totalSeconds");

    @TempDir
    Path dir;

    private Process start(Path out, Path tmp, Path events, Path log, String... more) throws IOException {
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString(), "run", "Parity_All", "--budget", "1m",
                "--lang", "python", "--out", out.toString()));
        if (events != null) {
            command.addAll(List.of("--events", events.toString()));
        }
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MIPS_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        return builder.start();
    }

    private static int finish(Process process, Path log) throws Exception {
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mips run did not finish in 4 minutes:\n" + Files.readString(log));
        }
        return process.exitValue();
    }

    @Test
    void aRunKilledAnywhereThenResumedEndsAsAnUninterruptedRun() throws Exception {
        Path reference = dir.resolve("reference");
        Path referenceLog = dir.resolve("reference.log");
        assertEquals(0, finish(start(reference, dir.resolve("tmp-reference"), null, referenceLog), referenceLog), () -> read(referenceLog));
        Map<String, Double> stageSeconds = stageSeconds(reference);
        Map<String, String> expected = artifacts(reference);

        // One run, killed in every stage in turn: each session resumes the one before and is killed in the next stage.
        Random random = new Random(17);
        Path out = dir.resolve("run");
        Path tmp = dir.resolve("tmp");
        int landed = 0;
        StringBuilder history = new StringBuilder();
        for (int point = 0; point < POINTS.size(); point++) {
            String stage = POINTS.get(point);
            boolean sigkill = point % 2 == 0;
            Path events = dir.resolve("events-" + point + ".jsonl");
            Path log = dir.resolve("session-" + point + ".log");
            Process victim = point == 0 ? start(out, tmp, events, log) : start(out, tmp, events, log, "--resume");
            awaitStage(victim, events, stage);
            Thread.sleep(Math.round(random.nextDouble() * stageSeconds.getOrDefault(stage, 0.5) * 900));
            if (victim.isAlive()) {
                landed++;
                // The shell's own kill: procps may not be installed.
                new ProcessBuilder("sh", "-c", "kill -" + (sigkill ? "KILL" : "INT") + " " + victim.pid()).start().waitFor();
            }
            assertTrue(victim.waitFor(1, TimeUnit.MINUTES), "session " + point + " did not stop");
            history.append("killed (").append(sigkill ? "SIGKILL" : "SIGINT").append(") in ").append(stage).append("; ");
        }
        Path resumedLog = dir.resolve("resumed.log");
        int exit = finish(start(out, tmp, null, resumedLog, "--resume"), resumedLog);
        assertEquals(0, exit, () -> history + "then resumed:\n" + read(resumedLog));
        assertEquals(expected, artifacts(out), history + "then resumed:\n" + read(resumedLog));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), history + "temporary folders left behind");
        }
        assertTrue(landed >= POINTS.size(), "only " + landed + " of " + POINTS.size() + " kills found the run still going");
    }

    /** Waits until the run's events say {@code stage} has started, or the run has ended. */
    private static void awaitStage(Process victim, Path events, String stage) throws Exception {
        String started = "\"event\":\"stage-started\",\"stage\":\"" + stage + "\"";
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (victim.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(events) && Files.readString(events).contains(started)) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private static Map<String, Double> stageSeconds(Path run) throws IOException {
        Map<String, Double> seconds = new TreeMap<>();
        for (JsonNode stage : JSON.readTree(run.resolve("run.json").toFile()).path("stages")) {
            seconds.put(stage.path("stage").asText(), stage.path("seconds").asDouble());
        }
        return seconds;
    }

    /**
     * Every file of a run directory with its content, times taken out. The search's own cache of finished
     * trials ({@code trials/}) and its list of trials depend on which look-ahead trials finished before the
     * search was decided, so only what it chose is compared; run.json is compared by its stages, outcomes
     * and files, since the digests it keeps cover files with times in them.
     */
    private static Map<String, String> artifacts(Path run) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(run)) {
            for (Path file : all.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("trials")) {
                    continue;
                }
                String text = Files.readString(file);
                if (name.endsWith(".json")) {
                    JsonNode tree = JSON.readTree(text);
                    withoutTimes(tree);
                    if (name.equals("search.json")) {
                        ((ObjectNode) tree).remove("trials");
                    }
                    if (name.equals("run.json")) {
                        tree.path("stages").forEach(stage -> ((ObjectNode) stage).remove(List.of("wrote", "read")));
                    }
                    text = tree.toPrettyString();
                }
                files.put(name, text);
            }
        }
        return files;
    }

    private static void withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(TIMES);
        }
        node.forEach(FaultInjectionIT::withoutTimes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
