package org.mips.regressors.numbering;

import org.mips.spi.regress.StateNumbering;
import org.mips.testkit.AbstractNumberingContractTest;

class CounterNumberingContractTest extends AbstractNumberingContractTest {

    @Override
    protected StateNumbering numbering() {
        return new CounterNumbering();
    }
}
