package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** Guards the guard: the comparisons the normalizer contract relies on must see small changes. */
class NetworkComparisonTest {

    private static Network withReadoutBias(Network network, double bias) {
        DenseLayer readout = network.readout().get(0);
        return new Network(network.architecture(), network.inputDim(), network.outputDim(), network.transition(),
                List.of(new DenseLayer(readout.rows(), readout.cols(), readout.weights(), new double[] {bias})));
    }

    @Test
    void aNetworkAgreesWithItself() {
        Network network = ContractNetworks.delayLine();
        assertEquals(Optional.empty(), NetworkComparison.firstDifference(network, network,
                ContractNetworks.randomSequences(1, 20, 20, 1), 1e-9));
    }

    @Test
    void seesAChangeAboveTheRelativeTolerance() {
        Network network = ContractNetworks.delayLine();
        List<long[][]> inputs = ContractNetworks.randomSequences(1, 20, 20, 1);
        Optional<String> difference = NetworkComparison.firstDifference(network, withReadoutBias(network, 1e-8), inputs, 1e-9);
        assertTrue(difference.isPresent());
        assertTrue(difference.get().contains("instead of"), difference.get());
        assertEquals(Optional.empty(), NetworkComparison.firstDifference(network, withReadoutBias(network, 1e-10), inputs, 1e-9));
    }

    @Test
    void findsNonFiniteWeights() {
        Network network = ContractNetworks.delayLine();
        assertEquals(Optional.empty(), NetworkComparison.firstNonFinite(network));
        Optional<String> found = NetworkComparison.firstNonFinite(withReadoutBias(network, Double.NaN));
        assertEquals(Optional.of("readout layer 0 bias 0 is NaN"), found);
    }
}
