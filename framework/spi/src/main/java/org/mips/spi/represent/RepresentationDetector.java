package org.mips.spi.represent;

import org.mips.spi.Component;
import org.mips.spi.Outcome;

/**
 * Finds the discrete variables a network's hidden states encode (the paper's integer and Boolean
 * autoencoders). Returns {@link Outcome#none} with a reason when the trace shows no such structure;
 * never throws for noisy or degenerate traces.
 */
public interface RepresentationDetector extends Component {

    Outcome<Representation> detect(HiddenTrace trace);

    /**
     * Whether this detector is a last resort: its machine is chosen only when no other detector finds one.
     * A detector whose states are bare labels (learned states, say) says less to the regressors than a
     * lattice or a bit code of the same machine, even when its description is shorter.
     */
    default boolean lastResort() {
        return false;
    }
}
