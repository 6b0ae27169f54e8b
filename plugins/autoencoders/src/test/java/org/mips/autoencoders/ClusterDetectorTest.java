package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticTrace;
import org.mips.testkit.SyntheticTraces;

class ClusterDetectorTest {

    /** {@code s -> (s + x) mod m}, output 1 in state 0: minimal, since states differ in their distance to 0. */
    private static SyntheticTrace counter(int m, int symbols, int hiddenDim, long seed) {
        int[][] transitions = new int[m][symbols];
        for (int s = 0; s < m; s++) {
            for (int x = 0; x < symbols; x++) {
                transitions[s][x] = (s + x) % m;
            }
        }
        int[] outputs = new int[m];
        outputs[0] = 1;
        return SyntheticTraces.finiteMachine(m + "-state counter", transitions, outputs, hiddenDim, 1e-3, 300, 10, seed);
    }

    @Test
    void recoversAFiveStateMachine() {
        SyntheticTrace trace = counter(5, 2, 3, 1);
        Representation states = Truth.found(new ClusterDetector().detect(trace.trace()));
        assertEquals(List.of("state"), states.variables());
        assertEquals(5, Truth.assertOneToOne(Truth.pairs(states, trace, false)));
        assertArrayEquals(new long[] {0}, states.encode(new double[3]), "h = 0 is the start, state 0 of the machine");
    }

    @Test
    void recoversASevenStateMachineInSixteenUnits() {
        SyntheticTrace trace = counter(7, 3, 16, 2);
        Representation states = Truth.found(new ClusterDetector().detect(trace.trace()));
        assertEquals(7, Truth.assertOneToOne(Truth.pairs(states, trace, true)), "the start h = 0 joins state 0");
    }

    /**
     * Four states with a copy of state 2 at another point: state 3 moves to state 2 on input 0, state 1 to
     * the copy on input 1, and the copy has state 2's output and successors. Six clusters (with h = 0),
     * four states.
     */
    @Test
    void mergesEquivalentStates() {
        int[][] transitions = {{0, 1}, {1, 4}, {2, 3}, {2, 0}, {4, 3}};
        int[] outputs = {1, 0, 0, 0, 0};
        SyntheticTrace trace = SyntheticTraces.finiteMachine("counter with a copy", transitions, outputs, 3, 1e-3, 300, 10, 3);
        MachineStates states = (MachineStates) Truth.found(new ClusterDetector().detect(trace.trace()));
        assertEquals(6, states.centres().length, "clusters: h = 0, four states and the copy");
        assertEquals(4, states.representatives().length, "the copy is the same state as state 2");
        long copy = -1;
        long two = -1;
        long one = -1;
        HiddenTrace t = trace.trace();
        for (int r = 0; r < t.rows(); r++) {
            long code = states.encode(Arrays.copyOfRange(t.next(), r * 3, r * 3 + 3))[0];
            switch ((int) trace.nextTruth()[r][0]) {
                case 4 -> copy = code;
                case 2 -> two = code;
                case 1 -> one = code;
                default -> { }
            }
        }
        assertEquals(two, copy);
        assertNotEquals(one, two);
    }
}
