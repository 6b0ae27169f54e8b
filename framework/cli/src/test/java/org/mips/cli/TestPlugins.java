package org.mips.cli;

import java.nio.file.Path;
import java.util.List;
import org.mips.core.stages.RunArtifacts;
import org.mips.testkit.PluginJarBuilder;
import org.mips.core.store.RunStore;
import org.mips.spi.represent.StateMachine;

/** Plugins for command tests, compiled at test time from these sources, and the artifacts they start from. */
final class TestPlugins {

    /** A regressor that tabulates the rows: always exact on them, so the stages that fit formulas have one. */
    static final String TABULATE = """
            package com.acme.table;

            import java.time.Instant;
            import java.util.ArrayList;
            import java.util.List;
            import org.mips.spi.Outcome;
            import org.mips.spi.program.Expr;
            import org.mips.spi.regress.RegressionProblem;
            import org.mips.spi.regress.Regressor;
            import org.pf4j.Extension;

            @Extension
            public class Tabulate implements Regressor {
                @Override public String id() { return "tabulate"; }
                @Override public String description() { return "Tabulates the rows."; }
                @Override public int cost() { return 100; }
                @Override public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
                    List<Expr> keys = new ArrayList<>();
                    problem.variables().forEach(v -> keys.add(new Expr.Var(v)));
                    List<Expr.Entry> entries = new ArrayList<>();
                    for (int r = 0; r < problem.rows().length; r++) {
                        List<Long> key = new ArrayList<>();
                        for (long value : problem.rows()[r]) {
                            key.add(value);
                        }
                        entries.add(new Expr.Entry(key, problem.targets()[r]));
                    }
                    return Outcome.found(new Expr.Lookup(keys, entries, 0));
                }
            }
            """;


    /** An emitter whose code wraps at 64 bits, as Java's does: the check compares it with the interpreter. */
    static final String WRAPPING = """
            package com.acme.wrap;

            import java.util.ArrayList;
            import java.util.List;
            import org.mips.spi.emit.CodeEmitter;
            import org.mips.spi.emit.EmittedCode;
            import org.mips.spi.emit.RunResult;
            import org.mips.spi.program.EvaluationException;
            import org.mips.spi.program.Program;
            import org.pf4j.Extension;

            @Extension
            public class Wrapping implements CodeEmitter {
                @Override public String id() { return "wrapping"; }
                @Override public String description() { return "Code that wraps at 64 bits."; }
                @Override public String fileExtension() { return "txt"; }
                @Override public EmittedCode emit(Program program) {
                    return new EmittedCode(id(), program.name() + ".txt", program.name(), "program " + program.name() + "\\n");
                }
                @Override public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
                    List<long[][]> outputs = new ArrayList<>();
                    for (long[][] xs : inputs) {
                        try {
                            outputs.add(program.run(xs));
                        } catch (EvaluationException wrapped) {
                            outputs.add(new long[xs.length][program.outputs().size()]);
                        }
                    }
                    return new RunResult.Ran(outputs);
                }
            }
            """;

    /** A prover that accepts every obligation, so that a command gets as far as proving. */
    static final String ACCEPTING_PROVER = """
            package com.acme.prove;

            import java.time.Duration;
            import org.mips.spi.prove.Obligation;
            import org.mips.spi.prove.ProofResult;
            import org.mips.spi.prove.Prover;
            import org.pf4j.Extension;

            @Extension
            public class Accepting implements Prover {
                @Override public String id() { return "accepting"; }
                @Override public String description() { return "Accepts every obligation."; }
                @Override public String fileExtension() { return "txt"; }
                @Override public String write(Obligation obligation) { return obligation.claim() + "\\n"; }
                @Override public ProofResult prove(Obligation obligation, Duration timeout) {
                    return new ProofResult(ProofResult.Status.PROVEN, "accepted", write(obligation));
                }
            }
            """;

    /** A training backend: perfect at once iff the transition is nonlinear; its networks have the request's encodings. */
    static final String BACKEND = """
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
                    // As wide as the request's encodings: one-hot inputs take an input per symbol, and so on.
                    int in = request.encodings().inputWidth();
                    int out = request.encodings().outputWidth();
                    Network network = new Network(a, request.encodings(),
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

    private TestPlugins() {
    }

    /** Parity_All's machine in {@code dir}: the parity bit, flipped by each 1. */
    static void parityMachine(Path dir) {
        List<StateMachine.Transition> transitions = List.of(
                new StateMachine.Transition(List.of(0L), List.of(0L), List.of(0L), 5),
                new StateMachine.Transition(List.of(0L), List.of(1L), List.of(1L), 5),
                new StateMachine.Transition(List.of(1L), List.of(0L), List.of(1L), 5),
                new StateMachine.Transition(List.of(1L), List.of(1L), List.of(0L), 5));
        List<StateMachine.Emission> emissions = List.of(new StateMachine.Emission(List.of(0L),
                List.of(0L), 10), new StateMachine.Emission(List.of(1L), List.of(1L), 10));
        RunStore.at(dir).write(RunArtifacts.MACHINE, new StateMachine(List.of("p"), List.of(0L), transitions, emissions));
    }

    /** The backend as the plugin {@code acme-fake} in {@code plugins}. */
    static Path backendPlugin(Path plugins) {
        return org.mips.testkit.PluginJarBuilder.plugin("acme-fake", "1.0.0").source("com.acme.fake.FakeBackend", BACKEND)
                .build(plugins.resolve("acme-fake.jar"));
    }

    /** The wrapping emitter, the accepting prover and the tabulating regressor, as one plugin jar in {@code plugins}. */
    static void wrappingPlugin(Path plugins) {
        PluginJarBuilder.plugin("acme-wrap", "1.0.0").source("com.acme.wrap.Wrapping", WRAPPING)
                .source("com.acme.prove.Accepting", ACCEPTING_PROVER).source("com.acme.table.Tabulate", TABULATE)
                .build(plugins.resolve("acme-wrap.jar"));
    }
}
