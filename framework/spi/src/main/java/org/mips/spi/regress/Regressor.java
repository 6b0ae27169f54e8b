package org.mips.spi.regress;

import java.time.Instant;
import org.mips.spi.Component;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;

/**
 * Finds a formula exact on every row of a problem (reference section 6). The host tries the configured
 * regressors in the order of their {@link #cost()}, cheapest first, and keeps the first that fits.
 */
public interface Regressor extends Component {

    /**
     * How expensive this regressor is relative to others, and so when the host tries it: lower first,
     * ties by id. The bundled ones declare {@code linear} 10 (exact elimination), {@code boolean} 20
     * (minimisation), {@code symbolic} 30 (enumeration) and {@code table} 100 (always fits, so last).
     */
    int cost();

    /**
     * @param deadline give up (returning {@link Outcome#none}) when this instant passes
     * @return an expression over the problem's variables that equals the target on every row, or why
     *         there is none within this regressor's search space and the deadline
     */
    Outcome<Expr> fit(RegressionProblem problem, Instant deadline);
}
