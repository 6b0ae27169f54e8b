package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.search.SearchResult;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Network;
import org.mips.testkit.PluginJarBuilder;

/**
 * {@code --input-encoding} and {@code --output-encoding} on {@code mips train}, {@code search} and {@code run}, with
 * backends compiled at test time: what they write, and the one-line refusals before anything trains.
 */
class EncodingOptionsTest {

    /** A backend that knows nothing of encodings: its networks are scalar whatever the request says. */
    static final String SCALAR_ONLY = """
            package com.acme.scalar;

            import java.util.List;
            import java.util.OptionalInt;
            import org.mips.spi.network.Architecture;
            import org.mips.spi.network.DenseLayer;
            import org.mips.spi.network.Network;
            import org.mips.spi.training.Evaluation;
            import org.mips.spi.training.StopReason;
            import org.mips.spi.training.TrainingBackend;
            import org.mips.spi.training.TrainingListener;
            import org.mips.spi.training.TrainingRequest;
            import org.mips.spi.training.TrainingResult;
            import org.pf4j.Extension;

            @Extension
            public class ScalarOnly implements TrainingBackend {
                @Override public String id() { return "scalar-only"; }
                @Override public String description() { return "Trains the paper's scalar networks only, perfect at once."; }
                @Override public TrainingResult train(TrainingRequest request, TrainingListener listener) {
                    Architecture a = Architecture.linear(1);
                    int in = request.dataset().inputDimension();
                    int out = request.dataset().outputDimension();
                    Network network = new Network(a, in, out, List.of(new DenseLayer(1, 1 + in, new double[1 + in], new double[1])),
                            List.of(new DenseLayer(out, 1, new double[out], new double[out])));
                    Evaluation evaluation = new Evaluation(100, 0.1, 0.1, 1.0);
                    listener.onEvaluation(evaluation);
                    return new TrainingResult(network, List.of(evaluation), OptionalInt.of(100), 100, StopReason.PERFECT);
                }
            }
            """;

    /** Built once: compiling takes longer than the commands. */
    @TempDir
    static Path plugins;

    @TempDir
    static Path scalarOnly;

    @TempDir
    Path dir;

    @BeforeAll
    static void backendPlugins() {
        TestPlugins.backendPlugin(plugins);
        PluginJarBuilder.plugin("acme-scalar-only", "1.0.0").source("com.acme.scalar.ScalarOnly", SCALAR_ONLY)
                .build(scalarOnly.resolve("acme-scalar-only.jar"));
    }

    private static Cli.Result mips(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plugins-dir";
        all[1] = plugins.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    /** Exit 2 and exactly {@code line} on standard error, nothing on standard output. */
    private static void refused(Cli.Result result, String line) {
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: " + line + "\n", result.err(), result::toString);
    }

    @Test
    void categoricalOnAnUnboundedOutputIsRefusedBeforeTraining() {
        Path out = dir.resolve("train");
        Cli.Result result = mips("train", "--task", "Sum_All", "--output-encoding", "categorical", "--backend", "fake",
                "--steps", "1", "--out", out.toString());
        refused(result, "encoding 'categorical' cannot carry output 0: output 0 takes values on longer sequences that its data "
                + "does not have: it is unbounded, not a fixed set of classes");
        assertFalse(Files.exists(out.resolve("network.json")), "nothing trained");
    }

    @Test
    void anUnknownEncodingIsOneLineNamingItAndTheOnesThereAre() {
        String line = "no encoding 'no-such'; available: categorical, one-hot, scalar";
        refused(mips("train", "--task", "Parity_All", "--input-encoding", "no-such", "--backend", "fake", "--steps", "1",
                "--out", dir.resolve("train").toString()), line);
        refused(mips("search", "--task", "Parity_All", "--output-encoding", "no-such", "--backend", "fake", "--budget", "1m",
                "--out", dir.resolve("search").toString()), line);
    }

    @Test
    void anEncodingOfTheOtherSideIsRefused() {
        refused(mips("train", "--task", "Parity_All", "--input-encoding", "categorical", "--backend", "fake", "--steps", "1",
                "--out", dir.resolve("train").toString()), "encoding 'categorical' does not encode inputs; it serves [outputs]");
    }

    @Test
    void runRefusesABadEncodingBeforeAnyStageRuns() {
        Cli.Result run = mips("run", "Sum_All", "--output-encoding", "categorical", "--backend", "fake", "--to", "search",
                "--budget", "1m", "--out", dir.resolve("run").toString());
        assertEquals(2, run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("mips: encoding 'categorical' cannot carry output 0: "), run::toString);
        assertFalse(run.out().contains("== search"), run::toString);
    }

    @Test
    void trainWritesANetworkWithTheNamedEncodings() {
        Path out = dir.resolve("train");
        Cli.Result result = mips("train", "--task", "Parity_All", "--input-encoding", "one-hot", "--output-encoding", "categorical",
                "--backend", "fake", "--arch", "2,2,4,1,0", "--steps", "1", "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        Network network = RunStore.at(out).read(RunArtifacts.NETWORK);
        // Parity has two symbols in and two values out: one-hot of two symbols and two classes are both allowed.
        assertEquals(new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L))),
                List.of(new OutputCode.Categorical(List.of(0L, 1L)))), network.encodings());
        assertEquals(2, network.inputDim());
        assertEquals(2, network.outputDim());
    }

    @Test
    void searchClimbsTheNamedTrackOnly() {
        Path out = dir.resolve("search");
        Cli.Result result = mips("search", "--task", "Parity_All", "--input-encoding", "one-hot", "--backend", "fake",
                "--budget", "1m", "--workers", "1", "--steps", "300", "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("\n  data survey: tracks one-hot -> scalar;"), result::toString);
        assertTrue(result.out().contains("\n  chose 1,2,1,1,0 one-hot -> scalar (seed 0, perfect at step 100)"), result::toString);
        RunStore store = RunStore.at(out);
        SearchResult search = store.read(RunArtifacts.SEARCH);
        assertEquals("one-hot -> scalar", search.chosen().encodings());
        assertTrue(search.trials().stream().allMatch(t -> t.encodings().equals("one-hot -> scalar")), search.trials()::toString);
        assertEquals(List.of("one-hot -> scalar"), search.survey().tracks());
        assertEquals(Encodings.scalar(1, 1).outputs(), store.read(RunArtifacts.NETWORK).encodings().outputs());
        assertEquals(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L))), store.read(RunArtifacts.NETWORK).encodings().inputs());
    }

    @Test
    void aBackendThatIgnoresTheEncodingsIsRefusedRatherThanWrittenAsTheNetworkAskedFor() {
        Path out = dir.resolve("train");
        Cli.Result result = Cli.run("--plugins-dir", scalarOnly.toString(), "train", "--task", "Parity_All", "--input-encoding", "one-hot",
                "--backend", "scalar-only", "--steps", "1", "--out", out.toString());
        // After the backend's progress line, the refusal.
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: backend 'scalar-only' returned a network with encodings scalar, not the requested one-hot -> scalar; "
                + "it does not support these encodings", result.errLines().get(result.errLines().size() - 1), result::toString);
        assertEquals(1, result.errLines().stream().filter(l -> l.startsWith("mips:")).count(), result::toString);
        assertFalse(Files.exists(out.resolve("network.json")), result::toString);
        Cli.Result scalar = Cli.run("--plugins-dir", scalarOnly.toString(), "train", "--task", "Parity_All", "--backend", "scalar-only",
                "--arch", "1,1,0,1,0", "--steps", "1", "--out", out.toString());
        assertEquals(0, scalar.exit(), scalar::toString);
    }
}
