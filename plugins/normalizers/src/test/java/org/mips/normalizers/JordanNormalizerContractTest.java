package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;
import org.mips.testkit.AbstractNormalizerContractTest;

class JordanNormalizerContractTest extends AbstractNormalizerContractTest {

    @Override
    protected Normalizer normalizer() {
        return new JordanNormalizer();
    }

    @Override
    protected Exactness exactness() {
        return Exactness.EXACT;
    }
}
