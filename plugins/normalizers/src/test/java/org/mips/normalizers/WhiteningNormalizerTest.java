package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.simple.SimpleEVD;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Network;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.SampleNormalizerContext;

class WhiteningNormalizerTest {

    private static final SampleNormalizerContext SAMPLE = SampleNormalizerContext.random(1, 200, 10, 3, 8);

    /**
     * Two correlated units plus one that is always 0.001, whose direction has a second moment far below
     * epsilon: after whitening the used directions have second moment exactly 1 and the unused one keeps
     * its tiny moment.
     */
    @Test
    void usedDirectionsGetUnitSecondMomentAndNearZeroOnesAreLeftAlone() {
        Network network = ContractNetworks.linear(
                new double[][] {{0.5, 0.2, 0}, {0.1, 0.4, 0}, {0, 0, 0}}, new double[][] {{1}, {2}, {0}},
                new double[] {0.3, -0.1, 0.001}, new double[][] {{1, 1, 1}}, new double[] {0});
        double[] before = sortedEigenvalues(HiddenStates.secondMoment(network, SAMPLE.inputs()).orElseThrow());
        assertTrue(before[0] < 1e-6 && before[1] > 0.1, Arrays.toString(before));
        Network whitened = new WhiteningNormalizer().normalize(network, SAMPLE);
        double[] after = sortedEigenvalues(HiddenStates.secondMoment(whitened, SAMPLE.inputs()).orElseThrow());
        assertArrayEquals(new double[] {before[0], 1, 1}, after, 1e-9);
    }

    private static double[] sortedEigenvalues(SimpleMatrix symmetric) {
        SimpleEVD<SimpleMatrix> eigen = symmetric.eig();
        double[] s = new double[eigen.getNumberOfEigenvalues()];
        for (int i = 0; i < s.length; i++) {
            s[i] = eigen.getEigenvalue(i).getReal();
        }
        Arrays.sort(s);
        return s;
    }

    @Test
    void anEmptySampleChangesNothing() {
        Network network = ContractNetworks.delayLine();
        assertSame(network, new WhiteningNormalizer().normalize(network, SampleNormalizerContext.empty(1)));
    }

    @Test
    void rejectsInputsOfTheWrongDimension() {
        assertThrows(IllegalArgumentException.class,
                () -> new WhiteningNormalizer().normalize(ContractNetworks.delayLine(), SampleNormalizerContext.random(2, 4, 4, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> new WhiteningNormalizer(-1));
        assertEquals("whiten", new WhiteningNormalizer().id());
        assertTrue(new WhiteningNormalizer().description().contains("0.1"));
    }
}
