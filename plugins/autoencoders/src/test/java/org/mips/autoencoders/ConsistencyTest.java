package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;

class ConsistencyTest {

    private static final Lattice UNIT = Lattice.of("test", new double[][] {{1}}, new double[] {0});

    private static TraceStates states(double[] previous, long[] inputs, double[] next, double[] outputs) {
        HiddenTrace trace = new HiddenTrace(previous.length, 1, 1, 1, previous, inputs, next, outputs, new int[previous.length]);
        return TraceStates.of(trace).toOptional().orElseThrow();
    }

    @Test
    void aStateAndInputMustLeadToOneState() {
        // 0.0 and 0.2 are both state 0; with input 1 one goes to state 1, the other to state 2.
        TraceStates states = states(new double[] {0, 0.2}, new long[] {1, 1}, new double[] {1, 2}, new double[] {0, 0});
        Optional<String> violation = Consistency.violation(states, Consistency.encodeAll(UNIT, states.points()));
        assertEquals(Optional.of("state [0] with input [1] leads to both [1] (row 0) and [2] (row 1)"), violation);
    }

    @Test
    void aStateMustEmitOneRoundedOutput() {
        // 1.0 and 1.1 are both state 1; their outputs round to 0 and 1.
        TraceStates states = states(new double[] {0, 2}, new long[] {1, 0}, new double[] {1, 1.1}, new double[] {0.2, 0.9});
        Optional<String> violation = Consistency.violation(states, Consistency.encodeAll(UNIT, states.points()));
        assertEquals(Optional.of("state [1] emits both [0] (row 0) and [1] (row 1)"), violation);
    }

    @Test
    void aContradictionIsTheReasonForNone() {
        TraceStates states = states(new double[] {0, 0.2}, new long[] {1, 1}, new double[] {1, 2}, new double[] {0, 0});
        Outcome<Lattice> outcome = Consistency.scored(UNIT, states, UNIT::withDescriptionLength, "the unit lattice");
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(none.reason().startsWith("the unit lattice is not a deterministic machine on the trace: state [0]"), none.reason());
    }

    @Test
    void aConsistentCodeIsScored() {
        TraceStates states = states(new double[] {0, 1}, new long[] {1, 1}, new double[] {1, 2}, new double[] {1, 2});
        Lattice scored = Consistency.scored(UNIT, states, UNIT::withDescriptionLength, "the unit lattice").toOptional().orElseThrow();
        assertEquals(DescriptionLength.of(UNIT, states.points()), scored.descriptionLength());
    }
}
