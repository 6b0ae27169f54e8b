package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.AbstractNormalizerContractTest;

class ToeplitzNormalizerContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Normalizer normalizer() {
        return new ToeplitzNormalizer();
    }

    @Override
    protected Exactness exactness() {
        return Exactness.EXACT;
    }
}
