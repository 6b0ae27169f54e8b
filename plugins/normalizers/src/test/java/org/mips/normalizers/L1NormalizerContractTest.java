package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;

class L1NormalizerContractTest extends RetrainingContractTest {

    @Override
    protected Normalizer normalizer() {
        return new L1Normalizer();
    }
}
