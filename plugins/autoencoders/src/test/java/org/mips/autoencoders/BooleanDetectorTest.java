package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mips.spi.Outcome;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticTrace;
import org.mips.testkit.SyntheticTraces;

class BooleanDetectorTest {

    /**
     * The reference tried all (2^k)! codes and stopped at 3 bits; 6 bits would be 64! assignments. Each found
     * bit must be one true bit or its negation, each true bit found once.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 5, 6})
    void recoversTheBitsUpToOrderAndNegation(int bits) {
        SyntheticTrace trace = SyntheticTraces.bitMachine(bits, bits + 2, 1e-3, 300, 10, 100 + bits);
        Representation code = Truth.found(new BooleanDetector().detect(trace.trace()));
        assertEquals(bits, code.variables().size());
        List<long[][]> pairs = Truth.pairs(code, trace, false);
        Set<Integer> matched = new HashSet<>();
        for (int j = 0; j < bits; j++) {
            matched.add(trueBitOf(pairs, j, bits));
        }
        assertEquals(bits, matched.size(), "two found bits are the same true bit");
        assertEquals(1 << bits, Truth.assertOneToOne(pairs));
    }

    /** The true bit that found bit j equals or negates on every state, or a failure. */
    private static int trueBitOf(List<long[][]> pairs, int j, int bits) {
        for (int i = 0; i < bits; i++) {
            boolean same = true;
            boolean negated = true;
            for (long[][] pair : pairs) {
                same &= pair[1][j] == pair[0][i];
                negated &= pair[1][j] == 1 - pair[0][i];
            }
            if (same || negated) {
                return i;
            }
        }
        fail("found bit " + j + " is no true bit");
        return -1;
    }

    @Test
    void theStartStateIsAllZeros() {
        SyntheticTrace trace = SyntheticTraces.bitMachine(3, 5, 1e-3, 300, 10, 7);
        Representation code = Truth.found(new BooleanDetector().detect(trace.trace()));
        assertArrayEquals(new long[3], code.encode(new double[5]));
    }

    @Test
    void refusesACountThatIsNoPowerOfTwo() {
        SyntheticTrace trace = SyntheticTraces.finiteMachine("five states", new int[][] {{1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 1}},
                new int[] {1, 0, 0, 0, 0}, 3, 1e-3, 300, 10, 8);
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, new BooleanDetector().detect(trace.trace()));
        assertTrue(none.reason().contains("5 clusters of states is not a power of two"), none.reason());
    }

    /** Four states at random points are no parallelogram, so they are not two bits. */
    @Test
    void refusesFourPointsThatAreNoSquare() {
        SyntheticTrace trace = SyntheticTraces.finiteMachine("four points", new int[][] {{1, 2}, {2, 3}, {3, 0}, {0, 1}},
                new int[] {1, 0, 0, 1}, 3, 1e-3, 300, 10, 9);
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, new BooleanDetector().detect(trace.trace()));
        assertTrue(none.reason().contains("not the corners of an affine image of a 2-cube"), none.reason());
    }
}
