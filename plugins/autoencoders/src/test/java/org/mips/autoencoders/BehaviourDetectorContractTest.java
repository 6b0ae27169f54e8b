package org.mips.autoencoders;

import org.mips.spi.represent.RepresentationDetector;
import org.mips.testkit.AbstractDetectorContractTest;

class BehaviourDetectorContractTest extends AbstractDetectorContractTest {

    @Override
    protected RepresentationDetector detector() {
        return new BehaviourDetector();
    }
}
