package org.mips.core.search;

import java.util.List;
import org.mips.spi.training.Evaluation;

/**
 * The chosen network's evaluations during its training: {@code curve.json}, the report's training curve.
 *
 * @param task         the task
 * @param architecture the network, {@code n,Lh,wh,Lo,wo}
 * @param curve        every evaluation, in order
 */
public record TrainingCurve(String task, String architecture, List<Evaluation> curve) {
    public TrainingCurve {
        curve = List.copyOf(curve);
    }
}
