package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mips.core.testing.FunctionTask;
import org.mips.spi.task.Split;

/** Counting the behaviours of prefixes, Myhill-Nerode style, where the data holds every word. */
class PrefixBehavioursTest {

    /** Quotient bits of long division by {@code k}, most significant bit first (Div_k). */
    static long[][] divide(long[][] x, int k) {
        long[][] y = new long[x.length][1];
        long remainder = 0;
        for (int t = 0; t < x.length; t++) {
            long u = 2 * remainder + x[t][0];
            y[t][0] = u / k;
            remainder = u % k;
        }
        return y;
    }

    private static Split data(long max, java.util.function.Function<long[][], long[][]> function) {
        return FunctionTask.of("T", 0, max, 10, function).generate(20_000, 10, 1);
    }

    @Test
    void longDivisionByFiveHasARemainderAndAQuotientBitAsState() {
        PrefixBehaviours.Found found = PrefixBehaviours.of(data(1, x -> divide(x, 5)));
        assertEquals(new PrefixBehaviours.Found(5, 2, 10, true, null), found);
    }

    @Test
    void theParityOfTheLastThreeBitsIsAWindowOfThree() {
        PrefixBehaviours.Found found = PrefixBehaviours.of(data(1, x -> {
            long[][] y = FunctionTask.sumLast(x, 3);
            for (long[] row : y) {
                row[0] %= 2;
            }
            return y;
        }));
        assertEquals(3, found.window());
        assertTrue(found.closed());
        assertEquals(8, found.states(), "the last two bits and the parity");
    }

    @Test
    void aCountShowsNewBehavioursAtEveryDepth() {
        PrefixBehaviours.Found found = PrefixBehaviours.of(data(1, FunctionTask::sumAll));
        assertFalse(found.closed());
        assertNull(found.window());
        assertEquals(5, found.depth());
    }

    @Test
    void aLargeAlphabetIsNotMeasured() {
        assertNull(PrefixBehaviours.of(data(99, FunctionTask::sumAll)));
    }

    @Test
    void tooFewSequencesForEveryWordOfTwoStepsAreNotMeasured() {
        Split few = FunctionTask.of("T", 0, 9, 10, FunctionTask::parity).generate(1_000, 10, 1);
        assertNull(PrefixBehaviours.of(few), "100 words of two digits need 1,600 sequences");
    }
}
