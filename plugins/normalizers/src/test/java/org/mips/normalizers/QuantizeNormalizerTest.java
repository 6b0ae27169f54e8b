package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mips.spi.network.Network;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.SampleNormalizerContext;

class QuantizeNormalizerTest {

    private static final SampleNormalizerContext SAMPLE = SampleNormalizerContext.empty(1);

    private static Network network(double... weights) {
        return ContractNetworks.linear(new double[][] {{weights[0], weights[1]}, {weights[2], weights[3]}},
                new double[][] {{weights[4]}, {weights[5]}}, new double[] {weights[6], weights[7]},
                new double[][] {{weights[8], weights[9]}}, new double[] {weights[10]});
    }

    @Test
    void snapsValuesWithinTheThresholdOfAnInteger() {
        Network quantized = new QuantizeNormalizer().normalize(
                network(0.995, 1.0099, 1.0101, -2.004, 0.5, 3.3, 0.0001, -7.98, 1e-3, 0.98, 12.009), SAMPLE);
        // Transition rows are (W_h row, W_x row): (0.995, 1.0099, 0.5) and (1.0101, -2.004, 3.3).
        assertArrayEquals(new double[] {1, 1, 0.5, 1.0101, -2, 3.3}, quantized.transition().get(0).weights());
        assertArrayEquals(new double[] {0, -7.98}, quantized.transition().get(0).bias());
        assertArrayEquals(new double[] {0, 0.98}, quantized.readout().get(0).weights());
        assertArrayEquals(new double[] {12}, quantized.readout().get(0).bias());
    }

    @Test
    void aSnappedZeroIsPositiveZero() {
        Network quantized = new QuantizeNormalizer().normalize(network(-0.004, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), SAMPLE);
        assertEquals(0L, Double.doubleToRawLongBits(quantized.transition().get(0).weights()[0]));
    }

    /** np.round's half-to-even matters only at threshold 0.5, where |round(v) - v| < 0.5 excludes halves. */
    @Test
    void roundsHalfToEvenAndNeverSnapsAHalf() {
        Network quantized = new QuantizeNormalizer(0.5).normalize(network(2.49, 2.5, 3.51, -0.49, 0, 0, 0, 0, 0, 0, 0), SAMPLE);
        assertArrayEquals(new double[] {2, 2.5, 0, 4, 0, 0}, quantized.transition().get(0).weights());
        assertThrows(IllegalArgumentException.class, () -> new QuantizeNormalizer(0.6));
    }
}
