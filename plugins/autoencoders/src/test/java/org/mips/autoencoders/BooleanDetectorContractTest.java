package org.mips.autoencoders;

import org.mips.spi.represent.RepresentationDetector;
import org.mips.testkit.AbstractDetectorContractTest;

class BooleanDetectorContractTest extends AbstractDetectorContractTest {

    @Override
    protected RepresentationDetector detector() {
        return new BooleanDetector();
    }
}
