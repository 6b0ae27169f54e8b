package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyRecord;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.testkit.PluginJarBuilder;

/** {@code mips extract} with detectors compiled at test time: one that rounds each hidden unit, one that finds nothing. */
class ExtractCommandTest {

    private static final String DETECTORS = """
            package com.acme.detect;

            import java.util.List;
            import org.mips.spi.Outcome;
            import org.mips.spi.represent.HiddenTrace;
            import org.mips.spi.represent.Representation;
            import org.mips.spi.represent.RepresentationDetector;
            import org.pf4j.Extension;

            public class Detectors {
                public record Rounded() implements Representation {
                    @Override public String detector() { return "rounding"; }
                    @Override public List<String> variables() { return List.of("a"); }
                    @Override public long[] encode(double[] h) { return new long[] {Math.round(h[0])}; }
                    @Override public double[] decode(long[] z) { return new double[] {z[0]}; }
                    @Override public double descriptionLength() { return 3.5; }
                }

                @Extension
                public static class Rounding implements RepresentationDetector {
                    @Override public String id() { return "rounding"; }
                    @Override public String description() { return "Rounds the hidden unit."; }
                    @Override public Outcome<Representation> detect(HiddenTrace trace) { return Outcome.found(new Rounded()); }
                }

                @Extension
                public static class Nothing implements RepresentationDetector {
                    @Override public String id() { return "nothing"; }
                    @Override public String description() { return "Finds nothing."; }
                    @Override public Outcome<Representation> detect(HiddenTrace trace) { return Outcome.none("no structure here"); }
                }
            }
            """;

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void detectorPlugin() {
        PluginJarBuilder.plugin("acme-detect", "1.0.0").source("com.acme.detect.Detectors", DETECTORS)
                .build(plugins.resolve("acme-detect.jar"));
    }

    /** h = x, y = h on Bitwise_Not's bits: not the task's function, but a network with two states to read off. */
    private Path echo() {
        RunStore store = RunStore.at(dir);
        store.write(RunArtifacts.SIMPLIFIED, new Network(new Architecture(1, 1, 0, 1, 0, Activation.RELU), 1, 1,
                List.of(new DenseLayer(1, 2, new double[] {0, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0}))));
        NetworkMetrics metrics = new NetworkMetrics(5, 2, 5, 1, 1.0, 0);
        store.write(RunArtifacts.SIMPLIFY, new SimplifyRecord("Bitwise_Not", metrics, List.of(), metrics));
        return dir.resolve("simplified.json");
    }

    @Test
    void findsTheMachineReplaysItAndWritesItsArtifacts() throws Exception {
        Path network = echo();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "extract", "--network", network.toString(),
                "--sequences", "300", "--replay", "200");
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertEquals("== extract: detectors nothing,rounding", lines.get(2), result::toString);
        assertEquals("  Bitwise_Not: 3,000 transitions of 300 training sequences, detectors nothing,rounding", lines.get(3), result::toString);
        assertTrue(lines.get(5).matches("  nothing\\s+none\\s+no structure here"), result::toString);
        assertTrue(lines.get(6).matches("  rounding\\s+chosen\\s+2\\s+3\\.5000  \\[a\\]"), result::toString);
        assertEquals("  Bitwise_Not: rounding representation, variables [a], 2 states, 4 transitions, description length "
                + "3.5000 bits; replay on 200 held-out sequences: agrees with the network", lines.get(7), result::toString);
        String machine = Files.readString(dir.resolve("machine.json"));
        assertTrue(machine.contains("\"initial\" : [ 0 ]"), machine);
        String codebook = Files.readString(dir.resolve("representation.json"));
        assertTrue(codebook.contains("\"detector\" : \"rounding\""), codebook);
        String svg = Files.readString(dir.resolve("hidden-states.svg"));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.strip().endsWith("</svg>"), svg);
        String record = Files.readString(dir.resolve("extract.json"));
        assertTrue(record.contains("\"chosen\" : \"rounding\""), record);
    }

    @Test
    void withNoRepresentationItSaysWhyPerDetector() throws Exception {
        Path network = echo();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "extract", "--network", network.toString(),
                "--detectors", "nothing", "--sequences", "50");
        assertEquals(3, result.exit(), "found nothing, and said so with its own exit code: " + result);
        assertTrue(result.out().contains("wrote " + dir.resolve("extract.json")
                + "\nBitwise_Not: stopped at extract: no deterministic state machine: nothing: no structure here"), result::toString);
        assertTrue(Files.readString(dir.resolve("extract.json")).contains("\"reason\" : \"nothing: no structure here\""));
        assertTrue(Files.notExists(dir.resolve("machine.json")));
    }

    @Test
    void aRunThatFindsNoMachineExitsWithThree() {
        echo();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "--set", "extract.detectors=nothing", "--set",
                "extract.trace-sequences=50", "run", "Bitwise_Not", "--from", "extract", "--to", "extract", "--out", dir.toString());
        assertEquals(3, result.exit(), "a run that ran fine and found no program has its own exit code: " + result);
        assertTrue(result.out().contains("Bitwise_Not: stopped at extract: no deterministic state machine: nothing: no structure here"),
                result::toString);
        assertTrue(result.err().isEmpty(), result::toString);

        Cli.Result resumed = Cli.run("--plugins-dir", plugins.toString(), "--set", "extract.detectors=nothing", "run", "Bitwise_Not",
                "--resume", "--out", dir.toString());
        assertEquals(3, resumed.exit(), resumed::toString);
        assertEquals("Bitwise_Not: the run in " + dir + " has ended (a stage found nothing); nothing to resume\n", resumed.out());
    }
}
