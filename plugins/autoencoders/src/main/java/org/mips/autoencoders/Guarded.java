package org.mips.autoencoders;

import java.util.function.Function;
import org.ejml.data.SingularMatrixException;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;

/** Every detector's entry point: its search, with a failure of the linear algebra turned into a reason. */
final class Guarded {

    private Guarded() {
    }

    static Outcome<Representation> detect(HiddenTrace trace, Function<HiddenTrace, ? extends Outcome<? extends Representation>> find) {
        try {
            return find.apply(trace).map(found -> found);
        } catch (ArithmeticException | SingularMatrixException e) {
            return Outcome.none("the linear algebra failed: " + e.getMessage());
        }
    }
}
