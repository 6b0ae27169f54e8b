package org.mips.regressors;

import org.mips.spi.regress.Regressor;
import org.mips.testkit.AbstractRegressorContractTest;

class SymbolicRegressorContractTest extends AbstractRegressorContractTest {

    @Override
    protected Regressor regressor() {
        return new SymbolicRegressor();
    }
}
