package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

class EmphasisTest {

    /** {@code y_t = x_t}: h = x, y = h. */
    private static final Network ECHO = new Network(new Architecture(1, 1, 0, 1, 0, Activation.RELU), 1, 1,
            List.of(new DenseLayer(1, 2, new double[] {0, 1}, new double[] {0})),
            List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));

    /** {@code count} sequences of 3 steps whose targets echo the inputs, except those of the sequences in {@code wrong}. */
    private static Split split(int count, int... wrong) {
        long[] x = new long[count * 3];
        long[] y = new long[count * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 5;
            y[i] = x[i];
        }
        for (int n : wrong) {
            y[n * 3 + 1] += 1;
        }
        return new Split(new SequenceBatch(count, 3, 1, x), new SequenceBatch(count, 3, 1, y));
    }

    @Test
    void findsTheTrainingSequencesTheNetworkGetsWrong() {
        assertArrayEquals(new int[] {3, 17, 40}, Emphasis.wrongSequences(ECHO, split(50, 40, 3, 17)));
        assertArrayEquals(new int[0], Emphasis.wrongSequences(ECHO, split(50)));
    }

    @Test
    void repeatsThemToATenthOfTheFinishingDataAndLeavesTheTestSplit() {
        Split test = split(20, 5);
        Dataset dataset = new Dataset("echo", split(900, 7, 400), test);
        Dataset emphasised = Emphasis.of(dataset, ECHO);
        assertSame(test, emphasised.test(), "perfect is still decided on the same test split");
        // 900 kept, and 2 wrong sequences copied floor(0.1 * 900 / (0.9 * 2)) = 50 times: 100 of 1,000.
        assertEquals(1000, emphasised.train().count());
        assertEquals(dataset.train().x().sequence(899)[2][0], emphasised.train().x().sequence(899)[2][0]);
        int[] wrong = Emphasis.wrongSequences(ECHO, emphasised.train());
        assertEquals(102, wrong.length, "the two originals and their 100 copies");
        assertEquals(7, wrong[0]);
        assertEquals(400, wrong[1]);
        assertEquals("echo (2 wrong sequences x50)", emphasised.name());
    }

    @Test
    void aNetworkRightOnEveryTrainingSequenceKeepsItsData() {
        Dataset dataset = new Dataset("echo", split(100), split(10, 3));
        assertSame(dataset, Emphasis.of(dataset, ECHO));
    }

    @Test
    void copiesAreCapped() {
        Dataset dataset = new Dataset("echo", split(Emphasis.KEPT + 10, 1), split(10));
        assertEquals(Emphasis.KEPT + Emphasis.MAX_COPIES, Emphasis.of(dataset, ECHO).train().count());
    }

    @Test
    void looksForWrongSequencesAmongTheKeptOnes() {
        Dataset dataset = new Dataset("echo", split(Emphasis.KEPT + 10, Emphasis.KEPT + 3), split(10));
        assertSame(dataset, Emphasis.of(dataset, ECHO), "a wrong sequence beyond the kept ones is not looked for");
    }
}
