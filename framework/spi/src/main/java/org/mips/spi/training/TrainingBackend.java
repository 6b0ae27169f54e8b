package org.mips.spi.training;

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
}
