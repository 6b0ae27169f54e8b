package org.mips.core.train;

import java.util.List;
import org.mips.spi.training.Evaluation;

/**
 * One network's training: {@code training.json} of {@code mips train}.
 *
 * @param task          the task
 * @param backend       the training backend's id
 * @param architecture  {@code n,Lh,wh,Lo,wo}
 * @param seed          the training seed
 * @param batch         sequences per step
 * @param steps         optimizer steps taken
 * @param stop          why it stopped ({@code perfect}, {@code steps}, ...)
 * @param perfectAtStep the step of the first perfect evaluation; null when none was
 * @param bestAccuracy  the highest test accuracy
 * @param curve         every evaluation
 */
public record TrainingRecord(String task, String backend, String architecture, long seed, int batch, int steps, String stop,
        Integer perfectAtStep, double bestAccuracy, List<Evaluation> curve) {
    public TrainingRecord {
        curve = List.copyOf(curve);
    }
}
