package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Network;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.NetworkComparison;
import org.mips.testkit.SampleNormalizerContext;

class JordanNormalizerTest {

    private static final SampleNormalizerContext CONTEXT = SampleNormalizerContext.random(1, 8, 5, 1, 1);

    /** A linear network with transition {@code w}, fixed input, bias and readout weights. */
    private static Network linear(double[][] w) {
        int n = w.length;
        double[][] wx = new double[n][1];
        double[] b = new double[n];
        double[][] v = new double[1][n];
        for (int i = 0; i < n; i++) {
            wx[i][0] = 1 + 0.5 * i;
            b[i] = 0.1 * (i - 1);
            v[0][i] = 1 - 0.3 * i;
        }
        return ContractNetworks.linear(w, wx, b, v, new double[] {0.2});
    }

    private static void assertMatrix(double[][] expected, SimpleMatrix actual, double tolerance) {
        double error = new SimpleMatrix(expected).minus(actual).elementMaxAbs();
        assertTrue(error <= tolerance, () -> "expected " + java.util.Arrays.deepToString(expected) + "\nbut got " + java.util.Arrays.deepToString(actual.toArray2()));
    }

    private static void assertSameFunction(Network expected, Network actual) {
        Optional<String> difference = NetworkComparison.firstDifference(expected, actual,
                ContractNetworks.randomSequences(expected.inputDim(), 30, 20, 3), 1e-9);
        assertTrue(difference.isEmpty(), () -> difference.get());
    }

    /** Eigenvalue 1 with a Jordan block of size 2, the pair 0.3 +- 0.9i and -0.6: all further apart than 0.7. */
    @Test
    void recoversAHiddenRealJordanForm() {
        double[][] jordan = {
            {1, 1, 0, 0, 0},
            {0, 1, 0, 0, 0},
            {0, 0, 0.3, -0.9, 0},
            {0, 0, 0.9, 0.3, 0},
            {0, 0, 0, 0, -0.6},
        };
        for (long seed = 1; seed <= 5; seed++) {
            Network hidden = Disguises.disguised(linear(jordan), Disguises.wellConditioned(5, seed));
            Network normalized = new JordanNormalizer().normalize(hidden, CONTEXT);
            // Blocks by decreasing modulus: |1| > |0.3 + 0.9i| = 0.95 > |-0.6|.
            assertMatrix(jordan, LinearizedTransition.of(normalized).hidden(), 1e-9);
            assertSameFunction(hidden, normalized);
        }
    }

    /** The brief's example spectrum {1 (Jordan block of 2), 0.5, 0.2 +- 0.8i} needs the script default 0.3. */
    @Test
    void separatesCloserEigenvaluesWithASmallerEpsilon() {
        double[][] jordan = {
            {1, 1, 0, 0, 0},
            {0, 1, 0, 0, 0},
            {0, 0, 0.2, -0.8, 0},
            {0, 0, 0.8, 0.2, 0},
            {0, 0, 0, 0, 0.5},
        };
        Network hidden = Disguises.disguised(linear(jordan), Disguises.wellConditioned(5, 42));
        Network normalized = new JordanNormalizer(0.3).normalize(hidden, CONTEXT);
        assertMatrix(jordan, LinearizedTransition.of(normalized).hidden(), 1e-9);
        assertSameFunction(hidden, normalized);
    }

    @Test
    void aNetworkInJordanFormStaysInIt() {
        Network hidden = Disguises.disguised(linear(new double[][] {{1, 1, 0}, {0, 1, 0}, {0, 0, -1}}),
                Disguises.wellConditioned(3, 7));
        Network once = new JordanNormalizer().normalize(hidden, CONTEXT);
        Network twice = new JordanNormalizer().normalize(once, CONTEXT);
        assertMatrix(LinearizedTransition.of(once).hidden().toArray2(), LinearizedTransition.of(twice).hidden(), 1e-12);
    }

    /** Deeper transitions are normalized through their linearisation; the function is preserved. */
    @Test
    void normalizesTheLinearisationOfADeepTransition() {
        for (ContractNetworks.Case c : ContractNetworks.all()) {
            Network normalized = new JordanNormalizer().normalize(c.network(), CONTEXT);
            assertSameFunction(c.network(), normalized);
        }
    }

    /** 0 ~ 0.6 ~ 1.2 chain across 0.7 without being one cluster: the reference rejects that, every pass fails. */
    @Test
    void returnsTheNetworkUnchangedWhenEveryPassFails() {
        Network hidden = Disguises.disguised(linear(new double[][] {{0, 0, 0}, {0, 0.6, 0}, {0, 0, 1.2}}),
                Disguises.wellConditioned(3, 3));
        assertThrows(ArithmeticException.class, () -> EigenvalueClusters.of(LinearizedTransition.of(hidden).hidden(), 0.7));
        assertSame(hidden, new JordanNormalizer().normalize(hidden, CONTEXT));
    }

    /** Eigenvectors 1e-3 apart: the Jordan basis would blow the input weight up to 2e4 (reference guard). */
    @Test
    void returnsTheNetworkUnchangedWhenTheGuardTrips() {
        double[][] w = {{2, -4000}, {0, -2}}; // eigenvectors (1, 0) and (1, 1e-3)
        Network network = ContractNetworks.linear(w, new double[][] {{0}, {20}}, new double[] {0, 0},
                new double[][] {{1, 1}}, new double[] {0});
        SimpleMatrix basis = RealJordanBasis.of(LinearizedTransition.of(network).hidden(), 0.7);
        assertEquals(Optional.empty(), ChangeOfBasis.apply(network, basis));
        assertSame(network, new JordanNormalizer().normalize(network, CONTEXT));
    }

    @Test
    void rejectsANonPositiveEpsilon() {
        assertThrows(IllegalArgumentException.class, () -> new JordanNormalizer(0));
        assertThrows(IllegalArgumentException.class, () -> new JordanNormalizer(Double.NaN));
        assertEquals(List.of("jordan"), List.of(new JordanNormalizer().id()));
    }
}
