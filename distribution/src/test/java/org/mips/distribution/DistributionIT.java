package org.mips.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.testkit.PluginJarBuilder;

/** Runs the assembled {@code target/mips/bin/mips} in its own process, as a user would. */
class DistributionIT {

    private static final Path HOME = Path.of(System.getProperty("mips.distribution", "target/mips"));
    private static final Path EXAMPLE = Path.of("../examples/binary_addition.json");

    /** Holds the one {@code mips plugins} listing that several tests read. */
    @TempDir
    static Path shared;

    private static Run pluginsListing;

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Run mips(String... args) throws IOException, InterruptedException {
        return mips(Map.of(), args);
    }

    private Run mips(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return mips(dir, environment, args);
    }

    /** {@code mips plugins} lists the same installation whichever test asks: one run serves them all. */
    private static synchronized Run plugins() throws IOException, InterruptedException {
        if (pluginsListing == null) {
            pluginsListing = mips(shared, Map.of(), "plugins");
        }
        return pluginsListing;
    }

    private static Run mips(Path dir, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/mips").toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("bin/mips " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void layoutHasLauncherLibrariesAndPluginZips() throws IOException {
        assertTrue(Files.isExecutable(HOME.resolve("bin/mips")));
        List<String> jars;
        try (Stream<Path> lib = Files.list(HOME.resolve("lib"))) {
            jars = lib.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(jars.stream().anyMatch(n -> n.startsWith("mips-cli-")), jars::toString);
        // The host's own libraries are on its class path whether or not a plugin also bundles them ...
        assertTrue(jars.stream().anyMatch(n -> n.startsWith("ejml-core-")), jars::toString);
        // ... and a plugin's own libraries are only in its zip.
        assertTrue(jars.stream().noneMatch(n -> n.startsWith("mips-plugin-toolkit-") || n.startsWith("logicng-")), jars::toString);
        try (Stream<Path> zips = Files.list(HOME.resolve("plugins"))) {
            List<String> names = zips.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
            assertEquals(7, names.size(), names::toString);
            assertTrue(names.get(0).startsWith("mips-autoencoders-"), names::toString);
            assertTrue(names.get(1).startsWith("mips-backend-cpu-"), names::toString);
            assertTrue(names.get(2).startsWith("mips-emitter-dafny-") && names.get(3).startsWith("mips-emitter-java-")
                    && names.get(4).startsWith("mips-emitter-python-"), names::toString);
            assertTrue(names.get(5).startsWith("mips-normalizers-"), names::toString);
            assertTrue(names.get(6).startsWith("mips-regressors-"), names::toString);
        }
    }

    @Test
    void pluginsListsBothEmittersFromTheirZips() throws Exception {
        Run run = plugins();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("Plugins directory: " + HOME.toAbsolutePath().normalize().resolve("plugins")), run::toString);
        assertTrue(run.out().matches("(?s).*emitter-java \\S+  STARTED  \\(mips-emitter-java-\\S+\\).*"), run::toString);
        assertTrue(run.out().matches("(?s).*emitter-python \\S+  STARTED  \\(mips-emitter-python-\\S+\\).*"), run::toString);
        assertTrue(run.out().matches("(?s).*emitter\\s+java\\s.*"), run::toString);
        assertTrue(run.out().matches("(?s).*emitter\\s+python\\s.*"), run::toString);
    }

    @Test
    void pluginsListsTheNormalizersFromTheirZip() throws Exception {
        Run run = plugins();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().matches("(?s).*normalizers \\S+  STARTED  \\(mips-normalizers-\\S+\\).*"), run::toString);
        for (String id : List.of("l1", "whiten", "jordan", "toeplitz", "debias", "quantize", "repair")) {
            assertTrue(run.out().matches("(?s).*normalizer\\s+" + id + "\\s.*"), () -> id + "\n" + run);
        }
    }

    @Test
    void pluginsListsTheDetectorsFromTheirZip() throws Exception {
        Run run = plugins();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().matches("(?s).*autoencoders \\S+  STARTED  \\(mips-autoencoders-\\S+\\).*"), run::toString);
        for (String id : List.of("linear-lattice", "gcd-lattice", "boolean", "cluster")) {
            assertTrue(run.out().matches("(?s).*detector\\s+" + id + "\\s.*"), () -> id + "\n" + run);
        }
    }

    @Test
    void pluginsListsTheRegressorsFromTheirZip() throws Exception {
        Run run = plugins();
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().matches("(?s).*regressors \\S+  STARTED  \\(mips-regressors-\\S+\\).*"), run::toString);
        for (String id : List.of("linear", "boolean", "symbolic", "table")) {
            assertTrue(run.out().matches("(?s).*regressor\\s+" + id + "\\s.*"), () -> id + "\n" + run);
        }
    }

    @Test
    void listsTheBuiltInTasksAndWritesTheirData() throws Exception {
        Run tasks = mips("tasks");
        assertEquals(0, tasks.exit(), tasks::toString);
        assertTrue(tasks.out().strip().endsWith("62 tasks"), tasks::toString);
        Path file = dir.resolve("parity.jsonl");
        Run data = mips("data", "--task", "parity_all", "--n", "100", "--out", file.toString());
        assertEquals(0, data.exit(), data::toString);
        Run check = mips("data", "--check", file.toString());
        assertEquals(0, check.exit(), check::toString);
        assertTrue(check.out().contains("100 sequences of 10 steps"), check::toString);
    }

    @Test
    void trainsAPerfectNetworkWithTheCpuBackendPlugin() throws Exception {
        Path out = dir.resolve("parity");
        Run run = mips("train", "--task", "Parity_All", "--arch", "4,2,16,1,0", "--seed", "0", "--steps", "3000",
                "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Parity_All 4,2,16,1,0 seed 0: perfect at step "), run::toString);
        String training = Files.readString(out.resolve("training.json"));
        assertTrue(training.contains("\"stop\" : \"perfect\""), training);
        assertTrue(Files.readString(out.resolve("network.json")).contains("\"hiddenDim\" : 4"));
        assertTrue(Files.readString(out.resolve("timing.json")).contains("Vector API kernel"), run::toString);
    }

    @Test
    void runsParityAllFromDataToAVerifiedProgram() throws Exception {
        Path out = dir.resolve("run");
        Run run = mips("run", "Parity_All", "--budget", "1m", "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("Parity_All: solved: the program reproduces every checked output"), run::toString);
        assertTrue(run.out().contains("fresh sequences of 100 steps (10,000 sequences): every output matches"), run::toString);
        for (String file : List.of("search.json", "network.json", "simplified.json", "simplify.json", "machine.json", "extract.json",
                "hidden-states.svg", "regress.json", "program.json", "verification.json", "proof.dfy", "proof.json", "parity_all.py",
                "ParityAll.java")) {
            assertTrue(Files.exists(out.resolve(file)), file + "\n" + run);
        }
        assertTrue(run.out().contains("Parity_All: PROVEN: for every input sequence of every length"), run::toString);
        String summary = run.out().substring(run.out().indexOf("== summary"));
        assertTrue(summary.contains("program Parity_All(x in 0..1):") && summary.contains("Parity_All: verified; PROVEN by dafny: ")
                && summary.contains("parity_all.py"), run::toString);
        // Resuming at regression redoes only the last stages, from the artifacts. The proof and the other languages were
        // checked above (FaultInjectionIT resumes through the proof): here, where the run starts and that it still solves.
        Run again = mips("--set", "pipeline.skip=prove", "run", "Parity_All", "--from", "regress", "--lang", "python", "--out",
                out.toString());
        assertEquals(0, again.exit(), again::toString);
        assertFalse(again.out().contains("== search"), again::toString);
        assertTrue(again.out().contains("Parity_All: solved"), again::toString);
    }

    @Test
    void aBenchOfUserDataClaimsOnlyWhatWasChecked() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        assertEquals(0, mips("data", "--task", "Parity_All", "--n", "3000", "--out", data.resolve("parity.jsonl").toString()).exit());
        assertEquals(0, mips("data", "--task", "Bitwise_Xor", "--n", "3000", "--out", data.resolve("xor.jsonl").toString()).exit());
        Path out = dir.resolve("bench");
        Run run = mips("bench", "--data", data.toString(), "--budget-per-task", "1m", "--jobs", "2", "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().contains("2 of 2 tasks done: 2 solved, 0 proven"), run::toString);
        String parityLog = Files.readString(out.resolve("tasks/parity/run.log"));
        assertTrue(parityLog.contains("not a proof; the tables agree: on each of the"), parityLog);
        assertTrue(parityLog.contains("nothing is claimed beyond those rows"), parityLog);
        String results = Files.readString(out.resolve("results.md"));
        String report = Files.readString(out.resolve("report.html"));
        for (String text : List.of(results, report)) {
            for (String claim : List.of("specification", "ten times", "10,000", "MIPS", "GPT-4", "proven with Dafny")) {
                assertFalse(text.contains(claim), () -> "'" + claim + "' in:\n" + text);
            }
        }
        assertTrue(results.contains("- Solved: **2** of 2; tables agree (not a proof): 2."), results);
        assertTrue(results.contains("**Tables agree** means `dafny` verified that the program's formulas give the extracted machine's"), results);
        assertTrue(results.contains("**Solved** means the program reproduced every output of the data's held-out split"), results);
        assertTrue(results.contains("| task | status | stage reached | network | detector | regressors | program size | time | why not proven |\n"),
                results);
        assertTrue(report.contains("formulas agree with the machine&#39;s tables on the observed rows (not a proof)"), report);
        assertTrue(report.contains("tables agree"), report);
    }

    @Test
    void trainsWithThePortableKernelWithoutTheVectorApi() throws Exception {
        Path out = dir.resolve("portable");
        Run run = mips(Map.of("MIPS_VECTOR", "0"), "train", "--task", "Parity_All", "--arch", "4,2,16,1,0", "--seed", "0",
                "--steps", "3000", "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Parity_All 4,2,16,1,0 seed 0: perfect at step "), run::toString);
        assertTrue(Files.readString(out.resolve("timing.json")).contains("portable kernel"), run::toString);
        assertFalse(run.err().contains("incubator"), run::toString);
    }

    @Test
    void emitsAndChecksBinaryAdditionInBothLanguages() throws Exception {
        Path out = dir.resolve("out");
        Run run = mips("emit", "--program", EXAMPLE.toString(), "--lang", "python,java", "--out", out.toString());
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.err().contains("check python: passed"), run::toString);
        assertTrue(run.err().contains("check java: passed"), run::toString);
        assertTrue(Files.readString(out.resolve("binary_addition.py")).contains("def binary_addition(a, b):"));
        assertTrue(Files.readString(out.resolve("BinaryAddition.java")).contains("class BinaryAddition"));
    }

    @Test
    void brokenJarIsReportedInOneLineAndTheZipsStillLoad() throws Exception {
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (Stream<Path> zips = Files.list(HOME.resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        PluginJarBuilder.withoutPluginId("1.0").build(plugins.resolve("broken.jar"));
        Run run = mips("--plugins-dir", plugins.toString(), "plugins");
        assertEquals(2, run.exit(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("mips: broken.jar: invalid plugin descriptor"), run::toString);
        assertTrue(run.out().contains("emitter-python") && run.out().contains("emitter-java"), run::toString);
    }

    /** Two emitters of a third party: "rt" throws, "slow" writes its code and then never ends its check. */
    private static final String BAD_EMITTERS = """
            package com.acme.bad;

            import java.util.List;
            import org.mips.spi.emit.CodeEmitter;
            import org.mips.spi.emit.EmittedCode;
            import org.mips.spi.emit.RunResult;
            import org.mips.spi.program.Program;
            import org.pf4j.Extension;

            public class BadEmitters {
                @Extension
                public static class Rt implements CodeEmitter {
                    @Override public String id() { return "rt"; }
                    @Override public String description() { return "Throws."; }
                    @Override public String fileExtension() { return "rt"; }
                    @Override public EmittedCode emit(Program program) { throw new IllegalStateException("the rt emitter is broken"); }
                }

                @Extension
                public static class Slow implements CodeEmitter {
                    @Override public String id() { return "slow"; }
                    @Override public String description() { return "Never ends its check."; }
                    @Override public String fileExtension() { return "slow"; }
                    @Override public EmittedCode emit(Program program) {
                        return new EmittedCode(id(), program.name() + ".slow", program.name(), "slow\\n");
                    }
                    @Override public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
                        while (true) {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException ignored) {
                                // hangs on regardless
                            }
                        }
                    }
                }
            }
            """;

    /** The bundled plugin zips and the bad emitters' zip, in a plugins folder of the test's own. */
    private Path pluginsWithBadEmitters() throws IOException {
        Path plugins = dir.resolve("plugins");
        Files.createDirectories(plugins);
        try (Stream<Path> zips = Files.list(HOME.resolve("plugins"))) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        PluginJarBuilder.plugin("acme-bad-emitters", "1.0.0").source("com.acme.bad.BadEmitters", BAD_EMITTERS)
                .buildZip(plugins.resolve("acme-bad-emitters-1.0.0.zip"));
        return plugins;
    }

    @Test
    void anEmitterThatThrowsOrHangsFailsOnlyItsOwnLanguage() throws Exception {
        Path plugins = pluginsWithBadEmitters();
        Path out = dir.resolve("run");
        Files.createDirectories(out);
        Files.copy(EXAMPLE, out.resolve("program.json"));
        Run run = mips("--plugins-dir", plugins.toString(), "--set", "emit.timeout=3s", "run", "Binary_Addition", "--from", "emit",
                "--lang", "python,rt,slow,java", "--out", out.toString());
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.out().contains("rt: no code: the rt emitter failed: IllegalStateException: the rt emitter is broken"), run::toString);
        assertTrue(run.out().contains("check: error: the slow emitter's check ran past its time limit of 3s (emit.timeout)"), run::toString);
        assertTrue(Files.isRegularFile(out.resolve("binary_addition.py")) && Files.isRegularFile(out.resolve("BinaryAddition.java")),
                run::toString);
        String emit = Files.readString(out.resolve("emit.json"));
        assertEquals(4, emit.split("\"language\"").length - 1, emit);
        assertTrue(run.out().contains("the emit stage failed: 2 of 4 languages failed: rt: the rt emitter failed"), run::toString);

        Run alone = mips("--plugins-dir", plugins.toString(), "--set", "emit.timeout=3s", "emit", "--program", EXAMPLE.toString(),
                "--lang", "slow,python", "--out", dir.resolve("emitted").toString());
        assertEquals(1, alone.exit(), alone::toString);
        assertTrue(alone.err().contains("check slow: error: the slow emitter's check ran past its time limit of 3s"), alone::toString);
        assertTrue(alone.err().contains("check python: passed"), alone::toString);
    }

    @Test
    void theDistributionsConfigurationFileDocumentsEverySettingWithItsDefault() throws Exception {
        Path conf = HOME.resolve("conf/mips.yml");
        assertTrue(Files.isRegularFile(conf));
        Run defaults = mips("config");
        assertEquals(0, defaults.exit(), defaults::toString);
        assertTrue(defaults.out().lines().allMatch(line -> line.endsWith("# default")), "conf/mips.yml sets nothing: " + defaults);
        // Its settings are the commented lines that start with a key (its prose starts with a capital); uncommented, they must
        // set every setting to its default.
        Path uncommented = dir.resolve("uncommented.yml");
        Files.write(uncommented, Files.readAllLines(conf).stream().map(line -> line.matches("#\\s*[a-z][a-z0-9-]*:.*")
                ? line.substring(1) : line).toList());
        Run documented = mips("--config", uncommented.toString(), "config");
        assertEquals(0, documented.exit(), documented::toString);
        List<String> keysAndValues = defaults.out().lines().map(DistributionIT::setting).toList();
        assertEquals(keysAndValues, documented.out().lines().map(DistributionIT::setting).toList());
        // A deadline that follows from other settings (the search's budget, the prover's timeout) is described, not set.
        List<String> derived = List.of("search.deadline", "simplify.deadline", "extract.deadline", "prove.deadline");
        assertTrue(documented.out().lines().allMatch(line -> line.contains("# " + uncommented + ", line ")
                || derived.contains(line.substring(0, line.indexOf(':'))) && line.endsWith("# default")), documented::toString);
    }

    /** A line of {@code mips config} without where its value comes from. */
    private static String setting(String line) {
        return line.substring(0, line.indexOf(" #")).strip();
    }

    @Test
    void aRunsEventsAreJsonLinesAndItsStagesAreListedInOrder() throws Exception {
        Run listing = plugins();
        assertTrue(listing.out().matches("(?s).*Pipeline stages, in order\n  search +built in .*\n  simplify .*\n  extract .*\n  regress .*"
                + "\n  verify .*\n  prove .*\n  emit .*"), listing::toString);
        Path out = dir.resolve("events-run");
        Run run = mips("--set", "pipeline.skip=prove", "run", "Parity_All", "--budget", "1m", "--out", out.toString(), "--lang", "python",
                "--events", "-");
        assertEquals(0, run.exit(), run::toString);
        List<String> events = run.out().lines().toList();
        assertTrue(events.stream().allMatch(line -> line.startsWith("{\"event\":\"")), run::toString);
        assertTrue(events.get(0).startsWith("{\"event\":\"run-started\",\"task\":\"Parity_All\""), run::toString);
        assertTrue(events.get(events.size() - 1).startsWith("{\"event\":\"run-ended\",\"result\":{\"task\":\"Parity_All\""), run::toString);
        assertTrue(events.stream().anyMatch(line -> line.startsWith("{\"event\":\"stage-ended\",\"stage\":\"verify\",\"outcome\":"
                + "{\"status\":\"done\"}")), run::toString);
        assertTrue(run.err().contains("== verify"), "the console's text goes to standard error: " + run);
        assertFalse(run.err().contains("== prove"), run::toString);
    }

    @Test
    void malformedProgramIsOneLineAndExitTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"name\": \"p\", \"inputs\": [], \"outputs\": [] }");
        Run run = mips("emit", "--program", bad.toString(), "--lang", "python");
        assertEquals(2, run.exit(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().contains("bad.json") && run.err().contains("'inputs' is empty"), run::toString);
    }
}
