package org.mips.core.stages;

import java.util.ArrayList;
import java.util.List;
import org.mips.core.regress.TestRegressor;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.regress.Regressor;
import org.mips.spi.represent.StateMachine;

/** What the stages after extraction read for Parity_All, written by hand, and a regressor that knows a few formulas. */
final class ParityArtifacts {

    private ParityArtifacts() {
    }

    /**
     * A perfect network for Parity_All, by hand: one hidden unit {@code h' = relu(h - x) + relu(x - h)},
     * which is {@code h xor x} on bits, read out as it is.
     */
    static Network network() {
        return new Network(new Architecture(1, 2, 2, 1, 0, Activation.RELU), 1, 1,
                List.of(new DenseLayer(2, 2, new double[] {1, -1, -1, 1}, new double[] {0, 0}),
                        new DenseLayer(1, 2, new double[] {1, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
    }

    /** The machine a network for Parity_All implements: one bit {@code p}, flipped by every 1, shown as the output. */
    static StateMachine machine() {
        List<StateMachine.Transition> transitions = new ArrayList<>();
        for (long p = 0; p < 2; p++) {
            for (long x = 0; x < 2; x++) {
                transitions.add(new StateMachine.Transition(List.of(p), List.of(x), List.of(p ^ x), 10));
            }
        }
        List<StateMachine.Emission> emissions = List.of(new StateMachine.Emission(List.of(0L), List.of(0L), 20),
                new StateMachine.Emission(List.of(1L), List.of(1L), 20));
        return new StateMachine(List.of("p"), List.of(0L), transitions, emissions);
    }

    /** The program whose state is updated by {@code next}. */
    static Program program(String next) {
        return new Program("Parity_All", List.of(new Input("x", 0, 1)), List.of(new StateVariable("p", 0, ExprSyntax.parse(next))),
                List.of(new Output("y", Expr.var("p"))));
    }

    /** A regressor that answers with the first of {@code formulas} the host's exactness check accepts. */
    static Regressor knowing(String... formulas) {
        return TestRegressor.knowing("knows", formulas);
    }
}
