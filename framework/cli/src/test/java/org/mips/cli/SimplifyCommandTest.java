package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.core.train.TrainingRecord;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.testkit.PluginJarBuilder;

/** {@code mips simplify} with normalizers compiled at test time: one exact change of basis, one that breaks the network. */
class SimplifyCommandTest {

    private static final String NORMALIZERS = """
            package com.acme.norm;

            import java.util.List;
            import org.mips.spi.network.DenseLayer;
            import org.mips.spi.network.Network;
            import org.mips.spi.normalize.Normalizer;
            import org.mips.spi.normalize.NormalizerContext;
            import org.pf4j.Extension;

            public class Normalizers {
                /** h' = h / 2 for a one-unit, one-layer network: the written row halves, the readout doubles. */
                @Extension
                public static class Halve implements Normalizer {
                    @Override public String id() { return "halve"; }
                    @Override public String description() { return "Halves the hidden unit."; }
                    @Override public Network normalize(Network n, NormalizerContext context) {
                        if (context.inputs().count() == 0) throw new IllegalStateException("no inputs");
                        DenseLayer t = n.transition().get(0);
                        DenseLayer r = n.readout().get(0);
                        double[] w = t.weights().clone();
                        w[1] = w[1] / 2;
                        return new Network(n.architecture(), n.inputDim(), n.outputDim(),
                                List.of(new DenseLayer(1, 2, w, new double[] {t.bias()[0] / 2})),
                                List.of(new DenseLayer(1, 1, new double[] {r.weights()[0] * 2}, r.bias())));
                    }
                }

                @Extension
                public static class Zero implements Normalizer {
                    @Override public String id() { return "zero"; }
                    @Override public String description() { return "Zeroes the readout."; }
                    @Override public Network normalize(Network n, NormalizerContext context) {
                        return new Network(n.architecture(), n.inputDim(), n.outputDim(), n.transition(),
                                List.of(new DenseLayer(1, 1, new double[1], new double[1])));
                    }
                }
            }
            """;

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void normalizerPlugin() {
        PluginJarBuilder.plugin("acme-norm", "1.0.0").source("com.acme.norm.Normalizers", NORMALIZERS)
                .build(plugins.resolve("acme-norm.jar"));
    }

    /** Current_Number (y = x) with h = x, y = h: perfect. */
    private static Network echo() {
        return new Network(new Architecture(1, 1, 0, 1, 0, Activation.RELU), 1, 1,
                List.of(new DenseLayer(1, 2, new double[] {0, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
    }

    private Path trained() {
        RunStore store = RunStore.at(dir);
        store.write(RunArtifacts.NETWORK, echo());
        store.write(RunArtifacts.TRAINING, new TrainingRecord("Current_Number", "cpu", "1,1,0,1,0", 0, 4096, 100, "perfect", 100, 1.0,
                List.of()));
        return dir.resolve("network.json");
    }

    @Test
    void appliesWhatKeepsTheNetworkPerfectAndRevertsTheRest() throws Exception {
        Path network = trained();
        Cli.Result result = Cli.run("--plugins-dir", plugins.toString(), "simplify", "--network", network.toString(),
                "--chain", "halve,zero");
        assertEquals(0, result.exit(), result::toString);
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Current_Number: "), result::toString);
        assertEquals("== simplify: normalizers halve,zero", lines.get(2), result::toString);
        assertTrue(lines.get(4).matches("  \\(start\\)\\s+5\\s+2\\s+5\\s+1\\s+1\\.000000\\s*"), result::toString);
        assertTrue(lines.get(5).matches("  halve\\s+5\\s+2\\s+4\\s+1\\s+1\\.000000  applied"), result::toString);
        assertTrue(lines.get(6).startsWith("  zero "), result::toString);
        assertTrue(lines.get(6).contains("reverted: held-out accuracy fell from 1.000000 to "), result::toString);
        assertEquals("  2 of 5 parameters non-zero (was 2), 4 integer (was 5), effective hidden dim 1 (was 1), perfect", lines.get(7),
                result::toString);
        assertEquals("wrote " + dir.resolve("simplified.json") + ", " + dir.resolve("simplify.json"), lines.get(8), result::toString);

        Network simplified = RunStore.at(dir).read(RunArtifacts.SIMPLIFIED);
        assertEquals(0.5, simplified.transition().get(0).weights()[1]);
        assertEquals(2.0, simplified.readout().get(0).weights()[0]);
        String record = Files.readString(dir.resolve("simplify.json"));
        assertTrue(record.contains("\"status\" : \"REVERTED\""), record);
        assertTrue(record.contains("\"task\" : \"Current_Number\""), record);
    }

    @Test
    void anUnknownNormalizerOrAnUnnamedTaskIsOneLineAndExitTwo() {
        Path network = trained();
        Cli.Result unknown = Cli.run("--plugins-dir", plugins.toString(), "simplify", "--network", network.toString(),
                "--chain", "halve,jordan");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals(1, unknown.errLines().size(), unknown::toString);
        assertTrue(unknown.err().contains("jordan"), unknown::toString);

        Path alone = dir.resolve("alone");
        RunStore.at(alone).write(RunArtifacts.NETWORK, echo());
        Cli.Result unnamed = Cli.run("--plugins-dir", plugins.toString(), "simplify", "--network", alone.resolve("network.json").toString());
        assertEquals(2, unnamed.exit(), unnamed::toString);
        assertEquals("mips: " + alone.resolve("network.json").toAbsolutePath()
                + ": no training.json, search.json or simplify.json beside it names the task; give --task\n", unnamed.err());
    }
}
