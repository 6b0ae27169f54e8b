package org.mips.spi.encode;

import java.util.Set;
import org.mips.spi.Component;
import org.mips.spi.Outcome;

/**
 * A data type: fits a code to one column of a task, or says why it cannot carry the column's values
 * ("input 0 has 10,000 distinct values; one-hot takes at most 64"). The built-in ones are {@code scalar}
 * (inputs and outputs), {@code one-hot} (inputs) and {@code categorical} (outputs). A fitted code is a
 * value the network artifact records; the component is not needed to run the network afterwards.
 */
public interface Encoding extends Component {

    /** Which columns an encoding serves. */
    enum Side { INPUT, OUTPUT }

    /** The sides it serves. */
    Set<Side> sides();

    /** The code of an input column, or why this encoding cannot carry it. Called only if {@link #sides()} has INPUT. */
    default Outcome<InputCode> input(ColumnValues column) {
        return Outcome.none(id() + " does not encode inputs");
    }

    /** The code of an output column, or why this encoding cannot carry it. Called only if {@link #sides()} has OUTPUT. */
    default Outcome<OutputCode> output(ColumnValues column) {
        return Outcome.none(id() + " does not encode outputs");
    }
}
