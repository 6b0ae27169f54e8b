package org.mips.spi.training;

import java.util.Objects;
import java.util.Optional;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;

/**
 * What to train and how (reference section 2.4 for the defaults).
 *
 * @param architecture   the network shape
 * @param dataset        training split to learn from, test split to evaluate on
 * @param steps          optimizer steps at most; training may stop early once perfect
 * @param learningRate   AdamW learning rate (paper: 1e-3; 1e-4 for L1 runs)
 * @param batchSize      sequences per step (paper: 4096)
 * @param seed           seeds initialisation and batch order; same seed, same result
 * @param loss           per-element loss
 * @param l1             strength of an L1 penalty on all parameters; 0 for none
 * @param start          starting weights instead of a fresh initialisation
 * @param freezeZeros    keep every parameter that is exactly zero in {@code start} at zero
 *                       (post-quantisation repair, reference section 3.6)
 * @param evaluateEvery  steps between evaluations on the test split (paper: 100)
 */
public record TrainingRequest(
        Architecture architecture,
        Dataset dataset,
        int steps,
        double learningRate,
        int batchSize,
        long seed,
        Loss loss,
        double l1,
        Optional<Network> start,
        boolean freezeZeros,
        int evaluateEvery) {

    public TrainingRequest {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(start, "start");
        if (steps < 0 || batchSize < 1 || evaluateEvery < 1 || !(learningRate > 0) || l1 < 0) {
            throw new IllegalArgumentException("bad training settings: steps " + steps + ", batch " + batchSize
                    + ", evaluate every " + evaluateEvery + ", lr " + learningRate + ", l1 " + l1);
        }
        if (freezeZeros && start.isEmpty()) {
            throw new IllegalArgumentException("freezeZeros needs starting weights");
        }
        if (start.isPresent() && !start.get().architecture().equals(architecture)) {
            throw new IllegalArgumentException("starting weights have architecture "
                    + start.get().architecture().toText() + ", not " + architecture.toText());
        }
    }

    /** The paper's settings: log loss, lr 1e-3, batch 4096, no L1, evaluation every 100 steps. */
    public static TrainingRequest paperDefaults(Architecture architecture, Dataset dataset, int steps, long seed) {
        return new TrainingRequest(architecture, dataset, steps, 1e-3, 4096, seed, Loss.LOG, 0, Optional.empty(), false, 100);
    }
}
