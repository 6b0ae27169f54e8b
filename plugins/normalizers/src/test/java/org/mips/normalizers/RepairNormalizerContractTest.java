package org.mips.normalizers;

import org.mips.spi.normalize.Normalizer;

class RepairNormalizerContractTest extends RetrainingContractTest {

    @Override
    protected Normalizer normalizer() {
        return new RepairNormalizer();
    }
}
