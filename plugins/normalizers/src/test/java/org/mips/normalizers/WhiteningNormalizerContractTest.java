package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.AbstractNormalizerContractTest;

class WhiteningNormalizerContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Normalizer normalizer() {
        return new WhiteningNormalizer();
    }

    @Override
    protected Exactness exactness() {
        return Exactness.EXACT;
    }
}
