package org.mips.regressors;

import org.mips.spi.regress.Regressor;
import org.mips.testkit.AbstractRegressorContractTest;

class BooleanRegressorContractTest extends AbstractRegressorContractTest {

    @Override
    protected Regressor regressor() {
        return new BooleanRegressor();
    }
}
