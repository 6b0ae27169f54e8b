package org.mips.spi.training;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.mips.spi.network.Network;

/**
 * The trained network and its record.
 *
 * @param network        the weights at the first perfect evaluation (the last one when the request
 *                       does not stop when perfect), else at the evaluation with the highest accuracy
 * @param curve          every evaluation, in order
 * @param perfectAtStep  the step of the first evaluation whose rounded outputs matched every target
 *                       of the whole test split
 * @param steps          optimizer steps taken
 * @param stop           why training ended
 */
public record TrainingResult(Network network, List<Evaluation> curve, OptionalInt perfectAtStep, int steps,
        StopReason stop) {
    public TrainingResult {
        Objects.requireNonNull(network, "network");
        curve = List.copyOf(curve);
        Objects.requireNonNull(perfectAtStep, "perfectAtStep");
        Objects.requireNonNull(stop, "stop");
    }

    public boolean perfect() {
        return perfectAtStep.isPresent();
    }

    /** The highest test accuracy of any evaluation, or 0 if there was none. */
    public double bestAccuracy() {
        return curve.stream().mapToDouble(Evaluation::accuracy).max().orElse(0);
    }
}
