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
}
