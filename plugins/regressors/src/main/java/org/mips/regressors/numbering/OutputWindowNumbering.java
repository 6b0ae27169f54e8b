package org.mips.regressors.numbering;

import org.mips.spi.Outcome;
import org.mips.spi.regress.NumberedMachine;
import org.mips.spi.regress.StateNumbering;
import org.mips.spi.represent.StateMachine;
import org.pf4j.Extension;

/**
 * The state as the last k outputs (k from 2 to {@value #MAX_WINDOW}), zero before the first. A position
 * and the one before it hold the velocity, so a simulation of motion (Newton_Magnetic's
 * {@code v' = v + F + (-v_y, v_x)}, {@code p' = p + v'}, with {@code v = p - p_prev}) becomes linear
 * updates of remembered outputs where the machine's own coordinates need not be. The shortest window
 * under which the next window is a function of the window and the input is kept ({@link WindowProduct});
 * a window of one output is {@link LastOutputNumbering}'s.
 */
@Extension
public final class OutputWindowNumbering implements StateNumbering {

    static final int MAX_WINDOW = 3;

    @Override
    public String id() {
        return "output-window";
    }

    @Override
    public String description() {
        return "States as the last k outputs (k from 2 to " + MAX_WINDOW + "), zero before the first";
    }

    @Override
    public Outcome<NumberedMachine> number(StateMachine machine) {
        return WindowProduct.shortest(machine, WindowProduct.Remembered.OUTPUTS, 2, MAX_WINDOW);
    }
}
