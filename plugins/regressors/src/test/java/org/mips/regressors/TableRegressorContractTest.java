package org.mips.regressors;

import org.mips.spi.regress.Regressor;
import org.mips.testkit.AbstractRegressorContractTest;

class TableRegressorContractTest extends AbstractRegressorContractTest {

    @Override
    protected Regressor regressor() {
        return new TableRegressor();
    }
}
