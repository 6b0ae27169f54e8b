package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.AbstractNormalizerContractTest;

class DebiasNormalizerContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Normalizer normalizer() {
        return new DebiasNormalizer();
    }

    @Override
    protected Exactness exactness() {
        return Exactness.APPROXIMATE;
    }
}
