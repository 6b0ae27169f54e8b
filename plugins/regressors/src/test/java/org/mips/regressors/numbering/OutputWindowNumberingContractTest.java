package org.mips.regressors.numbering;

import org.mips.spi.regress.StateNumbering;
import org.mips.testkit.AbstractNumberingContractTest;

class OutputWindowNumberingContractTest extends AbstractNumberingContractTest {

    @Override
    protected StateNumbering numbering() {
        return new OutputWindowNumbering();
    }
}
