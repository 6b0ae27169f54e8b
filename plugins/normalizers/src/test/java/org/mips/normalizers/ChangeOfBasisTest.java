package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.NetworkComparison;

class ChangeOfBasisTest {

    private static final SimpleMatrix P = new SimpleMatrix(new double[][] {{2, 1}, {0.5, -1}});

    private static Network linear() {
        return ContractNetworks.linear(new double[][] {{0.5, -1}, {0.25, 1}}, new double[][] {{1, 0}, {2, -1}},
                new double[] {0.5, -0.5}, new double[][] {{1, 2}, {0, -1}, {3, 1}}, new double[] {1, 2, 3});
    }

    private static void assertMatrix(SimpleMatrix expected, SimpleMatrix actual) {
        assertTrue(expected.minus(actual).elementMaxAbs() < 1e-12, () -> "expected " + expected + " but got " + actual);
    }

    /** Reference section 4: with one transition layer W_h' = P^-1 W_h P, W_x' = P^-1 W_x, b' = P^-1 b; V' = V P. */
    @Test
    void depthOneGetsBothUpdates() {
        Network network = linear();
        Network changed = ChangeOfBasis.apply(network, P).orElseThrow();
        SimpleMatrix inverse = P.invert();
        SimpleMatrix before = Layers.weights(network.transition().get(0));
        SimpleMatrix after = Layers.weights(changed.transition().get(0));
        assertMatrix(inverse.mult(before.extractMatrix(0, 2, 0, 2)).mult(P), after.extractMatrix(0, 2, 0, 2));
        assertMatrix(inverse.mult(before.extractMatrix(0, 2, 2, 4)), after.extractMatrix(0, 2, 2, 4));
        assertArrayEquals(Layers.operate(inverse, network.transition().get(0).bias()), changed.transition().get(0).bias(), 1e-12);
        assertMatrix(Layers.weights(network.readout().get(0)).mult(P), Layers.weights(changed.readout().get(0)));
        assertArrayEquals(network.readout().get(0).bias(), changed.readout().get(0).bias());
    }

    /** Deep MLPs: only how the first layers read h and how the last transition layer writes it change. */
    @Test
    void deepNetworksChangeOnlyTheLayersThatTouchTheState() {
        Network network = ContractNetworks.random(new Architecture(2, 3, 5, 2, 4, Activation.RELU), 2, 2, 99);
        Network changed = ChangeOfBasis.apply(network, P).orElseThrow();
        assertEquals(network.transition().get(1), changed.transition().get(1));
        assertEquals(network.readout().get(1), changed.readout().get(1));
        DenseLayer first = network.transition().get(0);
        DenseLayer changedFirst = changed.transition().get(0);
        for (int r = 0; r < first.rows(); r++) {
            assertEquals(first.weight(r, 2), changedFirst.weight(r, 2), "input columns of W_1 are unchanged");
            assertEquals(first.weight(r, 3), changedFirst.weight(r, 3), "input columns of W_1 are unchanged");
        }
        Optional<String> difference = NetworkComparison.firstDifference(network, changed,
                ContractNetworks.randomSequences(2, 30, 20, 1), 1e-12);
        assertTrue(difference.isEmpty(), () -> difference.get());
    }

    @Test
    void theIdentityChangesNothing() {
        Network network = ContractNetworks.random(new Architecture(3, 2, 4, 1, 0, Activation.RELU), 1, 1, 5);
        assertEquals(network, ChangeOfBasis.apply(network, SimpleMatrix.identity(3)).orElseThrow());
    }

    @Test
    void refusesSingularIllConditionedAndNonFiniteBases() {
        Network network = linear();
        assertEquals(Optional.empty(), ChangeOfBasis.apply(network, new SimpleMatrix(new double[][] {{1, 2}, {2, 4}})));
        assertEquals(Optional.empty(), ChangeOfBasis.apply(network, new SimpleMatrix(new double[][] {{1, 0}, {0, 1e-9}})));
        assertEquals(Optional.empty(), ChangeOfBasis.apply(network, new SimpleMatrix(new double[][] {{1, 0}, {0, Double.NaN}})));
    }

    /** The reference's guard: a new weight above 1e4 means the basis is useless, even if well enough conditioned. */
    @Test
    void refusesABasisThatMakesAWeightLargerThan1e4() {
        SimpleMatrix shrinking = SimpleMatrix.diag(1, 1e-4);
        assertEquals(Optional.empty(), ChangeOfBasis.apply(linear(), shrinking)); // W_x[1, 0] = 2 becomes 2e4
        Network small = ContractNetworks.linear(new double[][] {{0, 0}, {0, 0}}, new double[][] {{1}, {0.5}},
                new double[] {0, 0}, new double[][] {{1, 1}}, new double[] {0});
        assertTrue(ChangeOfBasis.apply(small, shrinking).isPresent()); // 0.5 becomes 5e3, which is allowed
    }

    @Test
    void rejectsABasisOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> ChangeOfBasis.apply(linear(), SimpleMatrix.identity(3)));
    }
}
