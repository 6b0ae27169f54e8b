package org.mips.normalizers;

import org.mips.spi.network.Network;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.testkit.AbstractNormalizerContractTest;

/** The contract for normalizers that retrain, with a backend that hands back its starting weights, perfect. */
abstract class RetrainingContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Exactness exactness() {
        return Exactness.APPROXIMATE;
    }

    @Override
    protected NormalizerContext context(Network network) {
        return ScriptedBackend.echo().context(network.taskInputs(), network.taskOutputs(), 16);
    }

    @Override
    protected NormalizerContext emptyContext(Network network) {
        return ScriptedBackend.echo().context(network.taskInputs(), network.taskOutputs(), 0);
    }
}
