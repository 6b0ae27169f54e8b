package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.AbstractNormalizerContractTest;

class QuantizeNormalizerContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Normalizer normalizer() {
        return new QuantizeNormalizer();
    }

    @Override
    protected Exactness exactness() {
        return Exactness.APPROXIMATE;
    }
}
