package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.io.JsonArtifacts;
import org.mips.core.search.SearchArtifacts;
import org.mips.core.search.SearchResult;
import org.mips.spi.network.Network;
import org.mips.testkit.PluginJarBuilder;
import picocli.CommandLine;

/** {@code mips search} with a backend plugin compiled at test time: perfect at once iff the transition is nonlinear. */
class SearchCommandTest {

    private static final String FAKE_BACKEND = """
            package com.acme.fake;

            import java.util.ArrayList;
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
            public class FakeBackend implements TrainingBackend {
                @Override public String id() { return "fake"; }
                @Override public String description() { return "Perfect at once iff the transition is nonlinear."; }
                @Override public TrainingResult train(TrainingRequest request, TrainingListener listener) {
                    Architecture a = request.architecture();
                    boolean perfect = a.transitionDepth() >= 2;
                    Evaluation evaluation = new Evaluation(100, 0.1, 0.1, perfect ? 1.0 : 0.5);
                    listener.onEvaluation(evaluation);
                    int in = request.dataset().inputDimension();
                    int out = request.dataset().outputDimension();
                    Network network = new Network(a, in, out,
                            layers(a.hiddenDim() + in, a.transitionWidth(), a.hiddenDim(), a.transitionDepth()),
                            layers(a.hiddenDim(), a.readoutWidth(), out, a.readoutDepth()));
                    return new TrainingResult(network, List.of(evaluation), perfect ? OptionalInt.of(100) : OptionalInt.empty(),
                            perfect ? 100 : request.steps(), perfect ? StopReason.PERFECT : StopReason.STEPS);
                }
                private static List<DenseLayer> layers(int in, int width, int out, int depth) {
                    List<DenseLayer> layers = new ArrayList<>();
                    for (int l = 0; l < depth; l++) {
                        int rows = l == depth - 1 ? out : width;
                        int cols = l == 0 ? in : width;
                        layers.add(new DenseLayer(rows, cols, new double[rows * cols], new double[rows]));
                    }
                    return layers;
                }
            }
            """;

    /** Built once: compiling takes longer than searching. */
    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void fakeBackendPlugin() {
        PluginJarBuilder.plugin("acme-fake", "1.0.0").source("com.acme.fake.FakeBackend", FAKE_BACKEND)
                .build(plugins.resolve("acme-fake.jar"));
    }

    /** Runs {@code mips} as {@link Main} does, adding the search command if the root does not list it yet. */
    private Cli.Result mips(String... args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        MipsCommand root = new MipsCommand();
        CommandLine commandLine = new CommandLine(root);
        if (!commandLine.getSubcommands().containsKey("search")) {
            commandLine.addSubcommand(new SearchCommand());
        }
        // Set after adding: picocli hands these to the subcommands that exist at the time.
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new Errors(false)).setParameterExceptionHandler(Errors::parameter);
        try {
            return new Cli.Result(commandLine.execute(args), out.toString(), err.toString());
        } finally {
            root.close();
        }
    }

    @Test
    void findsTheSmallestNetworkAndWritesItsArtifacts() {
        Path run = dir.resolve("run");
        Cli.Result result = mips("--plugins-dir", plugins.toString(), "search", "--task", "bit_addition",
                "--backend", "fake", "--budget", "1m", "--workers", "2", "--steps", "300", "--out", run.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().startsWith("Binary_Addition: ladder search with backend fake, budget 1m00s, 2 workers, "
                + "up to 5 seeds, 300 steps\nTRIAL  ARCHITECTURE"), result::toString);
        assertTrue(result.out().matches("(?s).*\\n    1  1,1,0,1,0           0      300 +[0-9.]+  0\\.500000  not perfect\\n.*"),
                result::toString);
        assertTrue(result.out().contains("perfect at step 100"), result::toString);
        // The choice is deterministic; how many look-ahead trials ran beside the deciding ones is not.
        assertTrue(result.out().matches("(?s).*\\nBinary_Addition: smallest perfect network 1,2,1,1,0 \\(seed 0, perfect at step 100\\) "
                + "after [0-9]+ trials in [0-9.]+s; wrote .*"), result::toString);
        assertTrue(result.out().endsWith("; wrote " + run.resolve("search.json") + ", " + run.resolve("network.json") + "\n"),
                result::toString);

        SearchResult search = SearchArtifacts.read(run.resolve("search.json"));
        assertEquals("Binary_Addition", search.task());
        assertEquals("1,2,1,1,0", search.chosen().architecture());
        assertEquals(result.out().lines().count() - 3, search.trials().size(), "a line per trial");
        assertEquals("1,2,1,1,0", JsonArtifacts.read(run.resolve("network.json"), Network.class).architecture().toText());
    }

    @Test
    void aBadBudgetIsOneLineAndExitTwo() {
        Cli.Result result = mips("search", "--task", "bit_addition", "--budget", "5 minutes");
        assertEquals(2, result.exit(), result::toString);
        assertEquals("mips: --budget: '5 minutes' is not a duration: expected a number and a unit, e.g. 90s, 5m, 1h30m or 500ms\n",
                result.err());
    }

    @Test
    void badSettingsAreOneLineAndExitTwo() {
        assertEquals("mips: --strategy: 'greedy' is not a strategy; use ladder or paper\n",
                mips("search", "--task", "bit_addition", "--strategy", "greedy").err());
        assertEquals("mips: workers must be at least 1, got 0\n", mips("search", "--task", "bit_addition", "--workers", "0").err());
        Cli.Result unknown = mips("--plugins-dir", plugins.toString(), "search", "--task", "bit_addition", "--backend", "tpu");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("mips: no backend 'tpu'; available: fake\n", unknown.err());
    }
}
