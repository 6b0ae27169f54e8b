package org.mips.spi.training;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.mips.spi.network.Network;

/**
 * The trained network and its record.
 *
 * @param network        the weights at the first perfect evaluation if there was one, else the final weights
 * @param curve          every evaluation, in order
 * @param perfectAtStep  the step of the first evaluation whose rounded outputs matched every target
 *                       of the whole test split
 */
public record TrainingResult(Network network, List<Evaluation> curve, OptionalInt perfectAtStep) {
    public TrainingResult {
        Objects.requireNonNull(network, "network");
        curve = List.copyOf(curve);
        Objects.requireNonNull(perfectAtStep, "perfectAtStep");
    }

    public boolean perfect() {
        return perfectAtStep.isPresent();
    }
}
