package org.mips.spi.training;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;

/**
 * What to train and how (reference section 2.4 for the defaults). Build one with
 * {@link #paperDefaults} and adjust it with the {@code with...} methods.
 *
 * @param architecture   the network shape
 * @param dataset        training split to learn from, test split to evaluate on
 * @param steps          optimizer steps at most; training stops early once perfect
 * @param learningRate   AdamW learning rate (paper: 1e-3; 1e-4 for L1 runs)
 * @param batchSize      sequences per step (paper: 4096)
 * @param seed           seeds initialisation and batch order; same request, same network
 * @param loss           per-element loss
 * @param l1             strength of an L1 penalty on all parameters; 0 for none
 * @param start          starting weights instead of a fresh initialisation
 * @param freezeZeros    keep every parameter that is exactly zero in {@code start} at zero
 *                       (post-quantisation repair, reference section 3.6)
 * @param evaluateEvery  steps between evaluations on the whole test split (paper: 100)
 * @param stopWhenPerfect stop at the first perfect evaluation (the default); otherwise train every
 *                       step, e.g. to sparsify a network that is already perfect
 * @param threads        threads to use; 0 for every core. Results do not depend on it.
 * @param deadline       stop (reporting {@link StopReason#DEADLINE}) when this instant passes
 * @param encodings      how the dataset's columns enter and leave the network; the network trained
 *                       records them (the paper's setup: {@link Encodings#scalar})
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
        int evaluateEvery,
        boolean stopWhenPerfect,
        int threads,
        Optional<Instant> deadline,
        Encodings encodings) {

    public TrainingRequest {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(encodings, "encodings");
        if (encodings.inputs().size() != dataset.inputDimension() || encodings.outputs().size() != dataset.outputDimension()) {
            throw new IllegalArgumentException("encodings for " + encodings.inputs().size() + " inputs and "
                    + encodings.outputs().size() + " outputs, but " + dataset.name() + " has "
                    + dataset.inputDimension() + " and " + dataset.outputDimension());
        }
        if (steps < 0 || batchSize < 1 || evaluateEvery < 1 || !(learningRate > 0) || l1 < 0 || threads < 0) {
            throw new IllegalArgumentException("bad training settings: steps " + steps + ", batch " + batchSize
                    + ", evaluate every " + evaluateEvery + ", lr " + learningRate + ", l1 " + l1 + ", threads " + threads);
        }
        if (freezeZeros && start.isEmpty()) {
            throw new IllegalArgumentException("freezeZeros needs starting weights");
        }
        if (start.isPresent() && !start.get().architecture().equals(architecture)) {
            throw new IllegalArgumentException("starting weights have architecture "
                    + start.get().architecture().toText() + ", not " + architecture.toText());
        }
        if (start.isPresent() && !start.get().encodings().equals(encodings)) {
            throw new IllegalArgumentException("starting weights have encodings " + start.get().encodings().describe()
                    + ", not " + encodings.describe());
        }
    }

    /** The paper's settings: log loss, lr 1e-3, batch 4096, no L1, evaluation every 100 steps, all cores. */
    public static TrainingRequest paperDefaults(Architecture architecture, Dataset dataset, int steps, long seed) {
        return new TrainingRequest(architecture, dataset, steps, 1e-3, 4096, seed, Loss.LOG, 0, Optional.empty(),
                false, 100, true, 0, Optional.empty(),
                Encodings.scalar(dataset.inputDimension(), dataset.outputDimension()));
    }

    public TrainingRequest withSteps(int value) {
        return new TrainingRequest(architecture, dataset, value, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withSeed(long value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, value, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withArchitecture(Architecture value) {
        return new TrainingRequest(value, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withLearningRate(double value) {
        return new TrainingRequest(architecture, dataset, steps, value, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withBatchSize(int value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, value, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withLoss(Loss value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, value, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withL1(double value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, value, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    /** Starts from {@code network}; with {@code freeze}, its exact zeros stay zero. */
    public TrainingRequest withStart(Network network, boolean freeze) {
        return new TrainingRequest(network.architecture(), dataset, steps, learningRate, batchSize, seed, loss, l1, Optional.of(network), freeze, evaluateEvery, stopWhenPerfect, threads, deadline, network.encodings());
    }

    public TrainingRequest withEvaluateEvery(int value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, value, stopWhenPerfect, threads, deadline, encodings);
    }

    public TrainingRequest withStopWhenPerfect(boolean value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, value, threads, deadline, encodings);
    }

    public TrainingRequest withThreads(int value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, value, deadline, encodings);
    }

    /** With another dataset of the same columns, e.g. a training split that repeats what a network still gets wrong. */
    public TrainingRequest withDataset(Dataset value) {
        return new TrainingRequest(architecture, value, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, encodings);
    }

    /** With these encodings; starting weights, if any, must have them too. */
    public TrainingRequest withEncodings(Encodings value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, deadline, value);
    }

    public TrainingRequest withDeadline(Instant value) {
        return new TrainingRequest(architecture, dataset, steps, learningRate, batchSize, seed, loss, l1, start, freezeZeros, evaluateEvery, stopWhenPerfect, threads, Optional.of(value), encodings);
    }
}
