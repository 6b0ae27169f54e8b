package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.represent.RepresentationDetector;
import org.mips.testkit.AbstractDetectorContractTest;
import org.mips.testkit.SyntheticNetworks;
import org.mips.testkit.SyntheticTrace;

class BehaviourDetectorContractTest extends AbstractDetectorContractTest {

    @Override
    protected RepresentationDetector detector() {
        return new BehaviourDetector();
    }

    /** The contract's traces carry no network; these do, so the contract also checks what the detector finds. */
    @Override
    protected List<SyntheticTrace> traces() {
        List<SyntheticTrace> traces = new ArrayList<>(super.traces());
        traces.add(SyntheticNetworks.counterModulo3(150, 10, 18));
        traces.add(SyntheticNetworks.boundedUpDownCounter(150, 10, 19));
        return traces;
    }
}
