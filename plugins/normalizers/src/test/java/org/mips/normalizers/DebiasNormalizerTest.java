package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Arrays;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.NetworkComparison;
import org.mips.testkit.SampleNormalizerContext;

class DebiasNormalizerTest {

    private static final SampleNormalizerContext SAMPLE = SampleNormalizerContext.random(1, 4, 4, 1, 2);

    private static void assertSameFunction(Network expected, Network actual) {
        Optional<String> difference = NetworkComparison.firstDifference(expected, actual,
                ContractNetworks.randomSequences(expected.inputDim(), 30, 20, 4), 1e-12);
        assertTrue(difference.isEmpty(), () -> difference.get());
    }

    /** h_2 is never read by the recurrence: its bias 0.7 moves into the readout, 2 * 0.7 on top of 0.1. */
    @Test
    void movesTheBiasTheRecurrenceCannotSeeIntoTheReadout() {
        Network network = ContractNetworks.linear(new double[][] {{1, 0}, {0.5, 0}}, new double[][] {{1}, {1}},
                new double[] {0.5, 0.7}, new double[][] {{1, 2}}, new double[] {0.1});
        Network debiased = new DebiasNormalizer().normalize(network, SAMPLE);
        assertArrayEquals(new double[] {0.5, 0}, debiased.transition().get(0).bias(), 1e-15);
        assertArrayEquals(new double[] {1.5}, debiased.readout().get(0).bias(), 1e-15);
        assertArrayEquals(network.transition().get(0).weights(), debiased.transition().get(0).weights());
        assertSameFunction(network, debiased);
    }

    /**
     * A first transition layer narrower than the state (2 rows, n = 3) has a null space of its shape
     * alone; a compact SVD of it would miss that null space. The write bias loses that component exactly.
     */
    @Test
    void findsTheNullSpaceOfANarrowFirstLayer() {
        Network network = ContractNetworks.random(new Architecture(3, 2, 2, 2, 4, Activation.RELU), 1, 1, 12);
        Network debiased = new DebiasNormalizer().normalize(network, SAMPLE);
        SimpleMatrix reads = Layers.weights(network.transition().get(0)).extractMatrix(0, 2, 0, 3);
        double[] newBias = debiased.transition().get(1).bias();
        assertTrue(Arrays.stream(newBias).anyMatch(b -> b != 0));
        // The kept bias lies in the row space of R: orthogonal to its null space, i.e. to the cross product of its rows.
        double[] r0 = reads.getRow(0).getDDRM().getData();
        double[] r1 = reads.getRow(1).getDDRM().getData();
        double[] nullVector = {r0[1] * r1[2] - r0[2] * r1[1], r0[2] * r1[0] - r0[0] * r1[2], r0[0] * r1[1] - r0[1] * r1[0]};
        assertEquals(0, nullVector[0] * newBias[0] + nullVector[1] * newBias[1] + nullVector[2] * newBias[2], 1e-12);
        assertSameFunction(network, debiased);
    }

    /** Singular values up to epsilon count as zero, so the next state may change a little. */
    @Test
    void isApproximateWhenTheDroppedSingularValueIsNotZero() {
        Network network = ContractNetworks.linear(new double[][] {{1, 0}, {0, 0.05}}, new double[][] {{1}, {1}},
                new double[] {0, 1}, new double[][] {{0, 1}}, new double[] {0});
        Network debiased = new DebiasNormalizer().normalize(network, SAMPLE);
        assertArrayEquals(new double[] {0, 0}, debiased.transition().get(0).bias(), 1e-15);
        long[][] input = {{0}, {0}};
        assertEquals(network.run(input)[0][0], debiased.run(input)[0][0], 1e-15, "the readout is compensated exactly");
        assertEquals(0.05, network.run(input)[1][0] - debiased.run(input)[1][0], 1e-15, "the recurrence read 0.05 of it");
        assertEquals(network, new DebiasNormalizer(0.01).normalize(network, SAMPLE), "below a smaller epsilon it stays");
    }
}
