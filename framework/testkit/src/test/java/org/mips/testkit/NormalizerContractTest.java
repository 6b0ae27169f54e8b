package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;

/** Guards the guard: the normalizer contract must fail normalizers that break it. */
class NormalizerContractTest {

    private static Normalizer normalizer(UnaryOperator<Network> change) {
        return new Normalizer() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String description() {
                return "a normalizer for testing the contract";
            }

            @Override
            public Network normalize(Network network, NormalizerContext context) {
                return change.apply(network);
            }
        };
    }

    private static AbstractNormalizerContractTest contract(Normalizer normalizer) {
        return new AbstractNormalizerContractTest() {
            @Override
            protected Normalizer normalizer() {
                return normalizer;
            }

            @Override
            protected Exactness exactness() {
                return Exactness.EXACT;
            }
        };
    }

    private static Network shiftReadoutBias(Network network, double by) {
        DenseLayer last = network.readout().get(network.readout().size() - 1);
        double[] bias = last.bias().clone();
        bias[0] += by;
        List<DenseLayer> readout = new ArrayList<>(network.readout());
        readout.set(readout.size() - 1, new DenseLayer(last.rows(), last.cols(), last.weights(), bias));
        return new Network(network.architecture(), network.inputDim(), network.outputDim(), network.transition(), readout);
    }

    @Test
    void theIdentityPassesEverything() {
        AbstractNormalizerContractTest contract = contract(normalizer(n -> n));
        assertEquals(0, DynamicTestFailures.count(contract.keepsTheShapeAndReturnsFiniteWeights()));
        assertEquals(0, DynamicTestFailures.count(contract.preservesTheOutputsWhenExact()));
        assertEquals(0, DynamicTestFailures.count(contract.isDeterministicAndLeavesItsInputAlone()));
        assertEquals(0, DynamicTestFailures.count(contract.copesWithAnEmptyInputSample()));
    }

    @Test
    void anExactNormalizerThatChangesTheOutputsFails() {
        AbstractNormalizerContractTest contract = contract(normalizer(n -> shiftReadoutBias(n, 1e-6)));
        assertEquals(ContractNetworks.all().size(), DynamicTestFailures.count(contract.preservesTheOutputsWhenExact()));
    }

    @Test
    void aNonDeterministicNormalizerFails() {
        double[] calls = {0};
        AbstractNormalizerContractTest contract = contract(normalizer(n -> shiftReadoutBias(n, ++calls[0])));
        assertEquals(ContractNetworks.all().size(), DynamicTestFailures.count(contract.isDeterministicAndLeavesItsInputAlone()));
    }

    @Test
    void aNormalizerThatWritesIntoItsInputFails() {
        AbstractNormalizerContractTest contract = contract(normalizer(n -> {
            n.readout().get(0).bias()[0] += 1;
            return n;
        }));
        assertEquals(ContractNetworks.all().size(), DynamicTestFailures.count(contract.isDeterministicAndLeavesItsInputAlone()));
    }

    @Test
    void aNormalizerThatReturnsNonFiniteWeightsFails() {
        AbstractNormalizerContractTest contract = contract(normalizer(n -> shiftReadoutBias(n, Double.NaN)));
        assertTrue(DynamicTestFailures.count(contract.keepsTheShapeAndReturnsFiniteWeights()) > 0);
    }
}
