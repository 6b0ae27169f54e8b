package org.mips.spi.training;

import java.util.Optional;
import org.mips.spi.network.Architecture;
import org.mips.spi.Component;

/**
 * Trains one architecture on one dataset. The architecture search lives in the host and calls this,
 * so every backend gets the search for free. Implementations must be deterministic: the same request
 * gives the same network, bit for bit, on every machine they support.
 */
public interface TrainingBackend extends Component {

    /**
     * Trains until {@code request.steps()} or until an evaluation is perfect on the whole test split.
     *
     * @param listener told about every evaluation
     */
    TrainingResult train(TrainingRequest request, TrainingListener listener);

    /**
     * Why it cannot train networks of {@code architecture} (their activation, say), or empty when it can. A
     * request it refuses makes {@link #train} throw {@link IllegalArgumentException} with this reason.
     */
    default Optional<String> refusal(Architecture architecture) {
        return Optional.empty();
    }
}
