package org.mips.spi.normalize;

import java.util.Optional;
import org.mips.spi.Component;
import org.mips.spi.network.Network;

/**
 * Simplifies a network into an equivalent one (reference section 4): a change of hidden basis,
 * de-biasing, quantisation, sparsification. The host checks after each normalizer that the outputs on
 * held-out data are unchanged and reverts one that breaks them, recording why.
 */
public interface Normalizer extends Component {

    Network normalize(Network network, NormalizerContext context);

    /**
     * Why it cannot work on {@code network} at all, or empty when it can: a normalizer that retrains needs a backend
     * that trains the network's activation, one that assumes ReLU's positive homogeneity cannot take a tanh network.
     * The host then skips it and records the reason, rather than let it break the network.
     */
    default Optional<String> refusal(Network network, NormalizerContext context) {
        return Optional.empty();
    }
}
