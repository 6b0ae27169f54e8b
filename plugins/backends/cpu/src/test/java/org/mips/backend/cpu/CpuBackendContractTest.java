package org.mips.backend.cpu;

import org.mips.spi.training.TrainingBackend;
import org.mips.testkit.AbstractTrainingBackendContractTest;

class CpuBackendContractTest extends AbstractTrainingBackendContractTest {

    @Override
    protected TrainingBackend backend() {
        return new CpuBackend();
    }
}
