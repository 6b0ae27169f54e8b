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

/**
 * A bench directory of three tasks: one proven with every file of a real run (plus a curve.json), one
 * stopped at search with only its search.json, one failed without a directory.
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
        Files.writeString(bench.resolve("results.json"), "{\"tasks\": [");
        UserException broken = assertThrows(UserException.class, () -> BenchReport.write(bench));
        assertTrue(broken.getMessage().contains("results.json"), broken.getMessage());
        Files.writeString(bench.resolve("results.json"), "{\"command\": \"mips bench\"}");
        UserException noTasks = assertThrows(UserException.class, () -> BenchReport.write(bench));
        assertTrue(noTasks.getMessage().contains("results.json") && noTasks.getMessage().contains("tasks"),
                noTasks.getMessage());
    }

    @Test
    void anUnreadableTaskFileIsReportedInItsSection() throws IOException {
        Files.writeString(bench.resolve("tasks/Binary_Addition/simplify.json"), "{ not json");
        String proven = section(report(), "Binary_Addition");
        assertTrue(proven.contains("simplify.json is unreadable"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
