package org.mips.normalizers;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import org.mips.testkit.TrainingNormalizerContext;

/** A backend that trains nothing: the script says what each request returns, and every request is kept. */
final class ScriptedBackend implements TrainingBackend {

    /** What a training returns: its network and whether it ended perfect. */
    record Outcome(Network network, boolean perfect) {
    }

    final List<TrainingRequest> requests = new ArrayList<>();
    private final Function<TrainingRequest, Outcome> script;

    ScriptedBackend(Function<TrainingRequest, Outcome> script) {
        this.script = script;
    }

    /** Hands back the starting weights, perfect at step 0. */
    static ScriptedBackend echo() {
        return new ScriptedBackend(request -> new Outcome(request.start().orElseThrow(), true));
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String description() {
        return "test backend";
    }

    @Override
    public synchronized TrainingResult train(TrainingRequest request, TrainingListener listener) {
        requests.add(request);
        Outcome outcome = script.apply(request);
        Evaluation evaluation = new Evaluation(0, 0.1, 0.1, outcome.perfect() ? 1.0 : 0.5);
        return new TrainingResult(outcome.network(), List.of(evaluation),
                outcome.perfect() ? OptionalInt.of(0) : OptionalInt.empty(), request.steps(),
                outcome.perfect() ? StopReason.PERFECT : StopReason.STEPS);
    }

    /** A context with {@code count} random bit sequences of {@code inputDim} inputs and one output, and this backend. */
    TrainingNormalizerContext context(int inputDim, int count) {
        return context(inputDim, 1, count);
    }

    /**
     * A context with {@code count} random bit sequences of {@code inputs} input and {@code outputs} output
     * columns, and this backend. A training request's encodings must fit the dataset's columns, so the
     * dataset has as many as the network being normalized.
     */
    TrainingNormalizerContext context(int inputs, int outputs, int count) {
        SplittableRandom random = new SplittableRandom(5);
        long[] x = new long[count * 6 * inputs];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextInt(2);
        }
        Split split = new Split(new SequenceBatch(count, 6, inputs, x), new SequenceBatch(count, 6, outputs, new long[count * 6 * outputs]));
        return TrainingNormalizerContext.of(new Dataset("bits", split, split), this);
    }
}
