package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Network;

class ContractNetworksTest {

    @Test
    void buildsEqualNetworksOnEveryCallWithDistinctNames() {
        List<ContractNetworks.Case> first = ContractNetworks.all();
        assertEquals(first, ContractNetworks.all());
        Set<String> names = first.stream().map(ContractNetworks.Case::name).collect(Collectors.toSet());
        assertEquals(first.size(), names.size(), "names are unique");
    }

    @Test
    void coversEveryShapeTheContractPromises() {
        List<Network> networks = ContractNetworks.all().stream().map(ContractNetworks.Case::network).toList();
        for (int n = 1; n <= 6; n++) {
            int size = n;
            assertTrue(networks.stream().anyMatch(net -> net.hiddenDim() == size), "hidden size " + n);
        }
        for (int depth = 1; depth <= 3; depth++) {
            int d = depth;
            assertTrue(networks.stream().anyMatch(net -> net.architecture().transitionDepth() == d), "transition depth " + d);
        }
        assertTrue(networks.stream().anyMatch(net -> net.architecture().readoutDepth() == 2), "readout depth 2");
        assertTrue(networks.stream().anyMatch(net -> net.inputDim() == 2), "two inputs");
    }

    @Test
    void theDelayLineOutputsTheInputOfTwoStepsAgo() {
        double[][] y = ContractNetworks.delayLine().run(new long[][] {{3}, {1}, {4}, {1}, {5}});
        assertArrayEquals(new double[][] {{0}, {0}, {3}, {1}, {4}}, y);
    }

    @Test
    void randomSequencesHaveTheAskedShapeAndRange() {
        List<long[][]> sequences = ContractNetworks.randomSequences(2, 50, 20, 1);
        assertEquals(50, sequences.size());
        for (long[][] sequence : sequences) {
            assertTrue(sequence.length <= 20);
            for (long[] step : sequence) {
                assertEquals(2, step.length);
                assertTrue(step[0] >= -3 && step[0] <= 3 && step[1] >= -3 && step[1] <= 3);
            }
        }
        assertTrue(sequences.stream().anyMatch(s -> s.length == 0), "includes the empty sequence");
    }

    @Test
    void theSampleContextHasInputsButNoBackend() {
        SampleNormalizerContext context = SampleNormalizerContext.random(2, 5, 7, 3, 1);
        assertEquals(5, context.inputs().count());
        assertEquals(7, context.inputs().length());
        assertEquals(2, context.inputs().dimension());
        assertTrue(context.inputs().min() >= 0 && context.inputs().max() <= 3);
        assertEquals(0, SampleNormalizerContext.empty(1).inputs().count());
        assertThrows(UnsupportedOperationException.class, context::backend);
    }
}
