package org.mips.regressors;

import org.mips.spi.regress.Regressor;
import org.mips.testkit.AbstractRegressorContractTest;

class LinearRegressorContractTest extends AbstractRegressorContractTest {

    @Override
    protected Regressor regressor() {
        return new LinearRegressor();
    }
}
