package org.mips.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.UserException;
import org.mips.core.result.BenchResults;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.ArtifactType;

/**
 * A bench directory of three tasks: one proven with every file of a real run (plus a curve.json and an
 * emit.json), one stopped at search with only its search.json, one failed without a directory.
 */
class BenchReportTest {

    private static final List<String> TASKS = List.of("Binary_Addition", "Stopped_Early", "Crashed_Task");

    @TempDir
    Path bench;

    @BeforeEach
    void copyBench() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("bench").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted().toList()) {
                Path target = bench.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private String report() throws IOException {
        Path file = BenchReport.write(bench);
        assertEquals(bench.resolve("report.html"), file);
        assertTrue(Files.isRegularFile(file));
        return Files.readString(file);
    }

    /** The text of one task's section. */
    private static String section(String html, String task) {
        int start = html.indexOf("<section id=\"task-" + task + "\"");
        assertTrue(start >= 0, "no section for " + task);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void hasASectionAndAnIndexLinkPerTask() throws IOException {
        String html = report();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String task : TASKS) {
            assertTrue(html.contains("<a href=\"#task-" + task + "\">" + task + "</a>"), task);
            assertEquals(1, count(html, "<section id=\"task-" + task + "\""), task);
        }
        assertEquals(TASKS.size(), count(html, "<section "));
        assertTrue(html.contains("mips bench --all --jobs 2"));
    }

    @Test
    void drawsTheCurveWhenThereIsOneAndSaysSoWhenNot() throws IOException {
        String html = report();
        assertTrue(section(html, "Binary_Addition").contains("<svg class=\"chart curve\""));
        for (String task : List.of("Stopped_Early", "Crashed_Task")) {
            assertFalse(section(html, task).contains("<svg class=\"chart curve\""), task);
            assertTrue(section(html, task).contains("curve.json is absent"), task);
        }
    }

    @Test
    void showsEveryArtifactOfTheProvenTask() throws IOException {
        String proven = section(report(), "Binary_Addition");
        assertTrue(proven.contains("<svg class=\"chart trials\""));
        assertTrue(proven.contains("<svg class=\"machine\""));
        assertTrue(proven.contains("src=\"data:image/svg+xml;base64,"));
        assertTrue(proven.contains("def binary_addition(x0, x1):"));
        assertTrue(proven.contains("public static long[] apply(long[] x0, long[] x1)"));
        assertTrue(proven.contains("href=\"tasks/Binary_Addition/proof.dfy\""));
        assertTrue(proven.contains("href=\"tasks/Binary_Addition/run.log\""));
        assertTrue(proven.contains("fresh sequences of 100 steps"));
        assertTrue(proven.contains("dafny: finished with 23 verified, 0 errors"));
        // The proof is linked, never listed as emitted code.
        assertFalse(proven.contains("<span class=\"lang\">Dafny</span>"));
    }

    @Test
    void saysWhatIsMissingAndWhyForTasksThatStoppedEarly() throws IOException {
        String html = report();
        String stopped = section(html, "Stopped_Early");
        assertTrue(stopped.contains("<svg class=\"chart trials\""));
        assertTrue(stopped.contains("No architecture reached a perfect score"));
        assertTrue(stopped.contains("machine.json is absent — the task stopped at search."));
        String crashed = section(html, "Crashed_Task");
        assertTrue(crashed.contains("The task directory tasks/Crashed_Task is absent."));
        assertTrue(crashed.contains("deadline: 120 s passed"));
        assertTrue(crashed.contains("search.json is absent."));
    }

    @Test
    void linksNowhereOutsideTheBenchDirectory() throws IOException {
        String html = report();
        String withoutNamespace = html.replace("http://www.w3.org/2000/svg", "");
        assertFalse(withoutNamespace.contains("http://"));
        assertFalse(withoutNamespace.contains("https://"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            String target = sources.group(1);
            assertTrue(target.startsWith("#") || target.startsWith("tasks/") || target.startsWith("data:image/svg+xml"),
                    target);
        }
    }

    @Test
    void escapesTextFromResults() throws IOException {
        String html = report();
        assertTrue(html.contains("no architecture reached 100% &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("Counts &amp; compares &quot;a &lt; b&quot;"));
        assertFalse(html.contains("alert('x')"));
    }

    @Test
    void idsAreUniqueAcrossTheInlinedSvgs() throws IOException {
        Matcher ids = Pattern.compile(" id=\"([^\"]*)\"").matcher(report());
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
    }

    @Test
    void theSameBenchGivesTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(BenchReport.write(bench));
        byte[] second = Files.readAllBytes(BenchReport.write(bench));
        assertArrayEquals(first, second);
    }

    @Test
    void aMissingResultsFileIsAUserErrorNamingIt() throws IOException {
        Files.delete(bench.resolve("results.json"));
        UserException e = assertThrows(UserException.class, () -> BenchReport.write(bench));
        assertTrue(e.getMessage().contains(bench.resolve("results.json").toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(bench.resolve("report.html")));
    }

    @Test
    void aMalformedResultsFileIsAUserErrorNamingIt() throws IOException {
        String results = Files.readString(bench.resolve("results.json"));
        assertRefused("{\"tasks\": [", "not valid JSON");
        assertRefused("{\"schemaVersion\": 2, \"command\": \"mips bench\"}", "not a valid BenchResults");
        assertRefused("{\"schemaVersion\": 1, \"command\": \"mips bench\"}", "schemaVersion 1 was written by an older mips");
        assertRefused(results.replace("\"jobs\":2", "\"jobs\":2, \"parallel\":true"), "unknown field 'parallel'");
        assertRefused(results.replace("\"schemaVersion\":2", "\"schemaVersion\":99"), "newer");
        assertRefused(results.replace("\"status\":\"failed\"", "\"status\":\"crashed\""), "unknown value 'crashed'");
    }

    /** results.json with {@code text} is an error naming the file and saying {@code problem}; no report is written. */
    private void assertRefused(String text, String problem) throws IOException {
        Files.writeString(bench.resolve("results.json"), text);
        UserException e = assertThrows(UserException.class, () -> BenchReport.write(bench));
        assertTrue(e.getMessage().contains(bench.resolve("results.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(Files.exists(bench.resolve("report.html")));
    }

    @Test
    void everyFixtureReadsAsItsRecord() {
        assertEquals(3, RunStore.at(bench).read(BenchResults.FILE).tasks().size());
        RunStore proven = RunStore.at(bench.resolve("tasks/Binary_Addition"));
        for (ArtifactType<?> type : List.of(RunArtifacts.SEARCH, RunArtifacts.CURVE, RunArtifacts.SIMPLIFY,
                RunArtifacts.EXTRACT, RunArtifacts.MACHINE, RunArtifacts.PROGRAM, RunArtifacts.VERIFICATION,
                RunArtifacts.PROOF, RunArtifacts.EMIT)) {
            assertTrue(proven.has(type), type.fileName());
            proven.read(type);
        }
        RunStore.at(bench.resolve("tasks/Stopped_Early")).read(RunArtifacts.SEARCH);
    }

    @Test
    void anUnreadableArtifactIsReportedInItsSectionAndTheRestStillRenders() throws IOException {
        Path task = bench.resolve("tasks/Binary_Addition");
        Files.writeString(task.resolve("simplify.json"), "{ not json");
        Files.writeString(task.resolve("proof.json"),
                Files.readString(task.resolve("proof.json")).replace("\"task\"", "\"lemma\" : \"x\",\n  \"task\""));
        Files.writeString(task.resolve("machine.json"),
                Files.readString(task.resolve("machine.json")).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7"));
        String html = report();
        String proven = section(html, "Binary_Addition");
        assertTrue(proven.contains("tasks/Binary_Addition/simplify.json: not valid JSON"), proven);
        assertTrue(proven.contains("tasks/Binary_Addition/proof.json: ") && proven.contains("unknown field &#39;lemma&#39;"),
                proven);
        assertTrue(proven.contains("tasks/Binary_Addition/machine.json: schemaVersion 7 is newer"), proven);
        assertFalse(proven.contains(bench.toString()), "files are named relative to the report");
        // The damaged parts show their problem; every other part of the section, and every other section, is there.
        assertFalse(proven.contains("<svg class=\"machine\""));
        assertTrue(proven.contains("<svg class=\"chart curve\""));
        assertTrue(proven.contains("<svg class=\"chart trials\""));
        assertTrue(proven.contains("def binary_addition(x0, x1):"));
        assertTrue(proven.contains("fresh sequences of 100 steps"));
        assertTrue(proven.contains("description length"));
        assertTrue(proven.contains("dafny: finished with 23 verified, 0 errors"), "results.json's proof stands in");
        for (String other : List.of("Stopped_Early", "Crashed_Task")) {
            section(html, other);
        }
    }

    @Test
    void withoutVerificationJsonTheChecksComeFromResults() throws IOException {
        Files.delete(bench.resolve("tasks/Binary_Addition/verification.json"));
        String proven = section(report(), "Binary_Addition");
        assertTrue(proven.contains("held-out split"));
        assertFalse(proven.contains("fresh sequences of 100 steps"));
        assertFalse(proven.contains("verification.json is absent"));
    }

    @Test
    void listsTheEmittedCodeWithItsChecks() throws IOException {
        String proven = section(report(), "Binary_Addition");
        assertEquals(2, count(proven, "<details class=\"code\""));
        assertEquals(2, count(proven, "<span class=\"check\">check passed</span>"));
        assertTrue(proven.contains("ran the python code on 200 random sequences"));
        assertTrue(proven.indexOf("binary_addition.py") < proven.indexOf("BinaryAddition.java"));
    }

    @Test
    void withoutEmitJsonTheCodeIsFoundByExtension() throws IOException {
        Files.delete(bench.resolve("tasks/Binary_Addition/emit.json"));
        String proven = section(report(), "Binary_Addition");
        assertEquals(2, count(proven, "<details class=\"code\""));
        assertTrue(proven.contains("def binary_addition(x0, x1):"));
        assertTrue(proven.contains("public static long[] apply(long[] x0, long[] x1)"));
        assertFalse(proven.contains("check passed"));
        assertFalse(proven.contains("<span class=\"lang\">Dafny</span>"), "proof.dfy is the proof, not emitted code");
    }

    @Test
    void emitJsonCannotPointOutsideTheTaskDirectory() throws IOException {
        Path emit = bench.resolve("tasks/Binary_Addition/emit.json");
        Files.writeString(emit, Files.readString(emit).replace("\"BinaryAddition.java\"", "\"../../results.json\""));
        String proven = section(report(), "Binary_Addition");
        assertEquals(1, count(proven, "<details class=\"code\""));
        assertFalse(proven.contains("results.json"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
