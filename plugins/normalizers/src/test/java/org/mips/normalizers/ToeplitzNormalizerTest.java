package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.NetworkComparison;
import org.mips.testkit.SampleNormalizerContext;

class ToeplitzNormalizerTest {

    /** Bits, as the Prev tasks feed them. */
    private static final SampleNormalizerContext BITS = SampleNormalizerContext.random(1, 256, 10, 1, 5);
    /** {@code h' = (h_2, h_3, x)}, {@code y = h_1}: the canonical delay line's one layer each. */
    private static final DenseLayer SHIFT_REGISTER = new DenseLayer(3, 4,
            new double[] {0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1}, new double[] {0, 0, 0});
    private static final DenseLayer READ_OLDEST = new DenseLayer(1, 3, new double[] {1, 0, 0}, new double[] {0});

    private static Network chain(Network network, Normalizer... normalizers) {
        for (Normalizer normalizer : normalizers) {
            network = normalizer.normalize(network, BITS);
        }
        return network;
    }

    private static void assertWithin(DenseLayer expected, DenseLayer actual, double tolerance) {
        for (int k = 0; k < expected.weights().length; k++) {
            assertEquals(expected.weights()[k], actual.weights()[k], tolerance, () -> "weights " + actual.weights().length);
        }
        assertArrayEquals(expected.bias(), actual.bias(), tolerance, "bias");
    }

    private static void assertSameFunction(Network expected, Network actual) {
        Optional<String> difference = NetworkComparison.firstDifference(expected, actual,
                ContractNetworks.randomSequences(expected.inputDim(), 30, 20, 9), 1e-9);
        assertTrue(difference.isEmpty(), () -> difference.get());
    }

    /**
     * A delay line hidden by a random change of basis comes out of jordan then toeplitz as a shift
     * register; quantize then makes every weight an exact integer.
     */
    @Test
    void jordanThenToeplitzTurnsADisguisedDelayLineIntoAShiftRegister() {
        for (long seed = 1; seed <= 5; seed++) {
            Network disguised = Disguises.disguised(ContractNetworks.delayLine(), Disguises.wellConditioned(3, seed));
            Network normalized = chain(disguised, new JordanNormalizer(), new ToeplitzNormalizer());
            assertWithin(SHIFT_REGISTER, normalized.transition().get(0), 1e-6);
            assertWithin(READ_OLDEST, normalized.readout().get(0), 1e-6);
            assertSameFunction(disguised, normalized);

            Network exact = new QuantizeNormalizer().normalize(normalized, BITS);
            assertEquals(SHIFT_REGISTER, exact.transition().get(0));
            assertEquals(READ_OLDEST, exact.readout().get(0));
        }
    }

    /**
     * The reference's whole chain (section 3.6) undoes any invertible disguise, even a badly conditioned
     * one: whitening fixes the scale the Jordan rank threshold is measured in.
     */
    @Test
    void theWholeChainUndoesAnArbitraryDisguise() {
        for (long seed = 1; seed <= 5; seed++) {
            SimpleMatrix s = Disguises.gaussian(3, seed).mult(SimpleMatrix.diag(30, 1, 0.2));
            Network disguised = Disguises.disguised(ContractNetworks.delayLine(), s);
            Network normalized = chain(disguised, new WhiteningNormalizer(), new JordanNormalizer(), new ToeplitzNormalizer(),
                    new DebiasNormalizer(), new QuantizeNormalizer());
            assertEquals(SHIFT_REGISTER, normalized.transition().get(0), "seed " + seed);
            assertEquals(READ_OLDEST, normalized.readout().get(0), "seed " + seed);
        }
    }

    /** Reference section 4.3: the block of P is the Toeplitz matrix whose last column is X[s:e, c]. */
    @Test
    void theBasisOfABlockIsTheToeplitzMatrixOfItsInputColumn() {
        SimpleMatrix w = new SimpleMatrix(new double[][] {{0.5, 1, 0}, {0, 0.5, 0}, {0, 0, -1}});
        SimpleMatrix x = new SimpleMatrix(new double[][] {{3, 0.1}, {-0.2, 2}, {4, 0.5}});
        SimpleMatrix p = ToeplitzNormalizer.basis(JordanBlocks.of(w).orElseThrow(), x);
        // Block [0, 2) is driven by column 1 (|2| > |-0.2|), block [2, 3) by column 0.
        assertArrayEquals(new double[][] {{2, 0.1, 0}, {0, 2, 0}, {0, 0, 4}}, p.toArray2());
        SimpleMatrix inverse = p.invert();
        assertTrue(inverse.mult(w).mult(p).minus(w).elementMaxAbs() < 1e-15, "W keeps its Jordan form");
        SimpleMatrix newX = inverse.mult(x);
        assertEquals(1, newX.get(1, 1), 1e-15);
        assertEquals(0, newX.get(0, 1), 1e-15);
        assertEquals(1, newX.get(2, 0), 1e-15);
    }

    /** An input that misses a block's last coordinate: that coordinate keeps its axis, the rest is retried. */
    @Test
    void aBlockWhoseLastCoordinateGetsNoInputIsShortened() {
        SimpleMatrix w = new SimpleMatrix(new double[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}});
        SimpleMatrix x = new SimpleMatrix(new double[][] {{0.7}, {2}, {0}});
        SimpleMatrix p = ToeplitzNormalizer.basis(JordanBlocks.of(w).orElseThrow(), x);
        assertArrayEquals(new double[][] {{2, 0.7, 0}, {0, 2, 0}, {0, 0, 1}}, p.toArray2());
    }

    @Test
    void leavesANetworkOutOfJordanFormUnchanged() {
        Network network = ContractNetworks.linear(new double[][] {{0.5, 0}, {0.3, 0.5}}, new double[][] {{1}, {1}},
                new double[] {0, 0}, new double[][] {{1, 1}}, new double[] {0});
        assertSame(network, new ToeplitzNormalizer().normalize(network, BITS));
    }

    @Test
    void keepsTheSameFunctionOnEveryContractNetworkAfterJordan() {
        for (ContractNetworks.Case c : ContractNetworks.all()) {
            SampleNormalizerContext context = SampleNormalizerContext.random(c.network().inputDim(), 8, 5, 1, 5);
            Network jordan = new JordanNormalizer().normalize(c.network(), context);
            assertSameFunction(jordan, new ToeplitzNormalizer().normalize(jordan, context));
        }
        assertEquals(List.of("toeplitz"), List.of(new ToeplitzNormalizer().id()));
    }
}
