package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.training.TrainingRequest;
import org.mips.testkit.ContractNetworks;

class L1NormalizerTest {

    private static final Network NETWORK = ContractNetworks.all().get(0).network();

    /** The start with its first readout bias replaced by the strength, so a test can see which training won. */
    private static Network marked(TrainingRequest request) {
        Network start = request.start().orElseThrow();
        double[] bias = start.readout().get(start.readout().size() - 1).bias().clone();
        bias[0] = request.l1();
        List<DenseLayer> readout = new ArrayList<>(start.readout());
        DenseLayer last = readout.get(readout.size() - 1);
        readout.set(readout.size() - 1, new DenseLayer(last.rows(), last.cols(), last.weights(), bias));
        return new Network(start.architecture(), start.inputDim(), start.outputDim(), start.transition(), readout);
    }

    @Test
    void bisectsTheGridForTheLargestStrengthThatStaysPerfect() {
        ScriptedBackend backend = new ScriptedBackend(r -> new ScriptedBackend.Outcome(marked(r), r.l1() <= 1e-3));
        Network result = new L1Normalizer().normalize(NETWORK, backend.context(NETWORK.inputDim(), 8));
        assertEquals(List.of(3e-4, 3e-3, 1e-3), backend.requests.stream().map(TrainingRequest::l1).toList());
        assertEquals(1e-3, result.readout().get(result.readout().size() - 1).bias()[0]);
        for (TrainingRequest request : backend.requests) {
            assertSame(NETWORK, request.start().orElseThrow(), "every strength starts from the given network");
            assertFalse(request.stopWhenPerfect(), "trains every step and returns its last perfect weights");
            assertFalse(request.freezeZeros());
            assertEquals(L1Normalizer.STEPS, request.steps());
            assertTrue(request.deadline().isPresent());
        }
    }

    @Test
    void returnsTheNetworkUnchangedWhenEveryStrengthBreaksIt() {
        ScriptedBackend backend = new ScriptedBackend(r -> new ScriptedBackend.Outcome(marked(r), false));
        Network result = new L1Normalizer().normalize(NETWORK, backend.context(NETWORK.inputDim(), 8));
        assertEquals(List.of(3e-4, 3e-5, 1e-5), backend.requests.stream().map(TrainingRequest::l1).toList());
        assertSame(NETWORK, result);
    }
}
