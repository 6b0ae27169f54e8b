package org.mips.spi.regress;

import java.time.Instant;
import org.mips.spi.Component;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;

/**
 * Finds a formula exact on every row of a problem (reference section 6). The host tries configured
 * regressors cheapest first and keeps the first that fits.
 */
public interface Regressor extends Component {

    /**
     * @param deadline give up (returning {@link Outcome#none}) when this instant passes
     * @return an expression over the problem's variables that equals the target on every row, or why
     *         there is none within this regressor's search space and the deadline
     */
    Outcome<Expr> fit(RegressionProblem problem, Instant deadline);
}
