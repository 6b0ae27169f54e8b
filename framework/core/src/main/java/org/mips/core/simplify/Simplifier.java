package org.mips.core.simplify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.mips.core.pipeline.TimeLimited;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.training.TrainingBackend;

/**
 * Runs a chain of normalizers (reference section 3.6) and keeps only what works: each normalizer gets
 * the network the previous ones left, and its output is kept only if it has the same shape, finite
 * weights and at least the same held-out accuracy. A normalizer that throws or runs past its time limit
 * fails its own step, never the chain ({@link TimeLimited}).
 */
public final class Simplifier {

    private final Dataset data;
    private final Split heldOut;
    private final SequenceBatch inputs;
    private final Supplier<TrainingBackend> backend;
    private final Duration timeLimit;

    /**
     * @param data      the task's data; accuracy is measured on its test split
     * @param inputs    the sample of training inputs the normalizers see
     * @param backend   the training backend, looked up when a normalizer asks for it (only those that
     *                  retrain do)
     * @param timeLimit how long one normalizer may run
     */
    public Simplifier(Dataset data, SequenceBatch inputs, Supplier<TrainingBackend> backend, Duration timeLimit) {
        this.data = data;
        this.heldOut = data.test();
        this.inputs = inputs;
        this.backend = backend;
        this.timeLimit = timeLimit;
    }

    /** What one normalizer gets: the shared data and its own deadline. */
    private record StepContext(SequenceBatch inputs, Supplier<TrainingBackend> backends, Dataset dataset, Instant deadline)
            implements NormalizerContext {
        @Override
        public TrainingBackend backend() {
            return backends.get();
        }
    }

    /** What a caller hears while the chain runs. */
    public interface Listener {
        /** The network the chain starts from has been measured. */
        default void started(NetworkMetrics initial) {
        }

        void stepFinished(SimplifyStep step);
    }

    public SimplifyReport run(Network network, List<Normalizer> chain, Listener listener) {
        NetworkMetrics initial = NetworkMetrics.measure(network, heldOut);
        listener.started(initial);
        Network current = network;
        NetworkMetrics metrics = initial;
        List<SimplifyStep> steps = new ArrayList<>();
        for (Normalizer normalizer : chain) {
            SimplifyStep step;
            Network result = null;
            Optional<String> refusal = refusal(normalizer, current);
            if (refusal.isPresent()) {
                step = new SimplifyStep(normalizer.id(), SimplifyStep.Status.REFUSED, refusal.get(), metrics, null);
                steps.add(step);
                listener.stepFinished(step);
                continue;
            }
            try {
                result = invoke(normalizer, current);
                String invalid = invalid(current, result);
                if (invalid != null) {
                    step = new SimplifyStep(normalizer.id(), SimplifyStep.Status.FAILED, invalid, metrics, null);
                } else {
                    NetworkMetrics after = NetworkMetrics.measure(result, heldOut);
                    boolean worse = after.accuracy() < metrics.accuracy();
                    step = new SimplifyStep(normalizer.id(), worse ? SimplifyStep.Status.REVERTED : SimplifyStep.Status.APPLIED,
                            worse ? String.format(java.util.Locale.ROOT, "held-out accuracy fell from %.6f to %.6f", metrics.accuracy(), after.accuracy()) : "",
                            metrics, after);
                }
            } catch (TimeoutException | ExecutionException e) {
                step = new SimplifyStep(normalizer.id(), SimplifyStep.Status.FAILED, TimeLimited.describe(e, timeLimit), metrics, null);
            }
            if (step.status() == SimplifyStep.Status.APPLIED) {
                current = result;
                metrics = step.after();
            }
            steps.add(step);
            listener.stepFinished(step);
        }
        return new SimplifyReport(initial, steps, current);
    }

    private Network invoke(Normalizer normalizer, Network network) throws TimeoutException, ExecutionException {
        NormalizerContext context = context();
        return TimeLimited.call("mips-normalizer-" + normalizer.id(), () -> normalizer.normalize(network, context), timeLimit);
    }

    /** Why the normalizer will not work on the network; a check that throws is not a refusal, and the step runs and fails as it will. */
    private Optional<String> refusal(Normalizer normalizer, Network network) {
        try {
            return normalizer.refusal(network, context());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private NormalizerContext context() {
        return new StepContext(inputs, backend, data, Instant.now().plus(timeLimit));
    }

    /** Why {@code result} cannot replace {@code original}, or null if it can. */
    private static String invalid(Network original, Network result) {
        if (result == null) {
            return "returned no network";
        }
        if (!result.architecture().equals(original.architecture()) || result.inputDim() != original.inputDim()
                || result.outputDim() != original.outputDim()) {
            return "returned a network of another shape (" + result.architecture().toText() + ")";
        }
        if (!result.encodings().equals(original.encodings())) {
            return "returned a network with other encodings (" + result.encodings().describe() + ")";
        }
        for (List<DenseLayer> mlp : List.of(result.transition(), result.readout())) {
            for (DenseLayer layer : mlp) {
                for (double[] values : new double[][] {layer.weights(), layer.bias()}) {
                    for (double value : values) {
                        if (!Double.isFinite(value)) {
                            return "returned a non-finite weight";
                        }
                    }
                }
            }
        }
        return null;
    }
}
