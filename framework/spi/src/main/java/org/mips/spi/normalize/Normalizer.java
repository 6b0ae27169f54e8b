package org.mips.spi.normalize;

import org.mips.spi.Component;
import org.mips.spi.network.Network;

/**
 * Simplifies a network into an equivalent one (reference section 4): a change of hidden basis,
 * de-biasing, quantisation, sparsification. The host checks after each normalizer that the outputs on
 * held-out data are unchanged and reverts one that breaks them, recording why.
 */
public interface Normalizer extends Component {

    Network normalize(Network network, NormalizerContext context);
}
