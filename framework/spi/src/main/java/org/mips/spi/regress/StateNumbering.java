package org.mips.spi.regress;

import org.mips.spi.Component;
import org.mips.spi.Outcome;
import org.mips.spi.represent.StateMachine;

/**
 * Gives a machine's states integer codes that make its updates and outputs simple: a residue
 * ({@code s' = (a·s + b·x + c) mod m}), a counter ({@code c' = c + b·x + k}), the last output, the last
 * inputs. A detector's states are labels (cluster ids, learned states); a formula can only use a label
 * whose number means something, and only a counter kept as an integer holds on sequences longer than the
 * ones it was fitted on.
 *
 * <p>The host regresses the extracted machine and every numbering of it, verifies each program, and keeps
 * the smallest that passes, so a numbering only has to be exact, not better.
 */
public interface StateNumbering extends Component {

    /**
     * @param machine the extracted machine; its transitions start from {@link StateMachine#initial()}
     * @return the same machine with new state codes: from its initial state, every sequence of observed
     *         transitions gives the outputs it gives in {@code machine}, and each of its states has one
     *         next state per observed input and one output, except after the transitions it lists as
     *         {@linkplain NumberedMachine#extrapolated() extrapolated}; or why no code of this numbering's
     *         family fits
     */
    Outcome<NumberedMachine> number(StateMachine machine);
}
