package org.mips.regressors.numbering;

import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * The state as the last k inputs, zero before the first: {@code p1' = x, p2' = p1, ...}. Tasks over a
 * sliding window (Parity_Last3, Alternating_Last4, Current_Number) are such machines, and their outputs
 * become formulas over a few remembered inputs instead of a table over labels. The shortest window (up to
 * {@value #MAX_WINDOW}) whose every content leads to one output is kept ({@link WindowProduct}).
 */
@Extension
public final class InputWindowNumbering implements StateNumbering {

    static final int MAX_WINDOW = 4;

    @Override
    public String id() {
        return "input-window";
    }

    @Override
    public String description() {
        return "States as the last k inputs (k up to " + MAX_WINDOW + "), zero before the first";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        return WindowProduct.shortest(machine, WindowProduct.Remembered.INPUTS, 1, MAX_WINDOW);
    }
}
