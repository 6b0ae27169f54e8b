package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Network;
import org.mips.spi.training.TrainingRequest;
import org.mips.testkit.ContractNetworks;
import org.mips.testkit.SampleNormalizerContext;

class RepairNormalizerTest {

    /** A linear network with weights near integers, and one far from any. */
    private static final Network NEAR = ContractNetworks.linear(new double[][] {{0.996, 0}, {0, 1.004}},
            new double[][] {{1.002}, {0.3}}, new double[] {0.001, 0}, new double[][] {{0.999, 0}}, new double[] {0});
    private static final Network SNAPPED = new QuantizeNormalizer().normalize(NEAR, SampleNormalizerContext.empty(1));

    @Test
    void snapsWithoutRetrainingWhenTheSnappedNetworkIsPerfect() {
        ScriptedBackend backend = ScriptedBackend.echo();
        assertEquals(SNAPPED, new RepairNormalizer().normalize(NEAR, backend.context(1, 8)));
        assertEquals(1, backend.requests.size());
        TrainingRequest request = backend.requests.get(0);
        assertEquals(SNAPPED, request.start().orElseThrow());
        assertTrue(request.freezeZeros() && request.stopWhenPerfect());
    }

    @Test
    void retrainsWithZerosFrozenAndSnapsAgainWhenThatStaysPerfect() {
        // The retraining moves the non-zero weights a little off their integers; snapping them back is perfect.
        ScriptedBackend backend = new ScriptedBackend(r -> r.steps() > 0 ? new ScriptedBackend.Outcome(NEAR, true)
                : new ScriptedBackend.Outcome(r.start().orElseThrow(), r.start().orElseThrow().equals(SNAPPED)));
        assertEquals(SNAPPED, new RepairNormalizer().normalize(NEAR, backend.context(1, 8)));
        assertEquals(List.of(RepairNormalizer.STEPS, 0), backend.requests.stream().map(TrainingRequest::steps).toList());
    }

    @Test
    void keepsTheRetrainedWeightsWhenSnappingAgainBreaksThem() {
        ScriptedBackend backend = new ScriptedBackend(r -> new ScriptedBackend.Outcome(NEAR, r.steps() > 0));
        assertEquals(NEAR, new RepairNormalizer().normalize(NEAR, backend.context(1, 8)));
        assertEquals(2, backend.requests.size());
    }

    @Test
    void returnsTheNetworkUnchangedWhenItCannotBeRepaired() {
        ScriptedBackend backend = new ScriptedBackend(r -> new ScriptedBackend.Outcome(r.start().orElseThrow(), false));
        assertSame(NEAR, new RepairNormalizer().normalize(NEAR, backend.context(1, 8)));
    }
}
