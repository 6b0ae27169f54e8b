package org.mips.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
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

/**
 * A training backend that plays a script: for each architecture and seed, whether it becomes perfect,
 * the accuracy it reaches otherwise, how long it takes and whether it throws. It reports ten
 * evaluations spread over that time, honours the deadline between them unless told to be rude, and
 * remembers every request.
 */
final class ScriptedBackend implements TrainingBackend {

    static final int STEPS = 400;
    private static final int EVALUATIONS = 10;

    /**
     * @param perfect  whether the last evaluation is perfect
     * @param accuracy best accuracy when not perfect
     * @param millis   how long the training takes
     * @param failure  thrown instead of training, if not null
     * @param rude     ignores the deadline and never calls the listener
     */
    record Act(boolean perfect, double accuracy, long millis, RuntimeException failure, boolean rude) {
        static Act succeeds() {
            return new Act(true, 1, 0, null, false);
        }

        static Act fails(double accuracy) {
            return new Act(false, accuracy, 0, null, false);
        }

        static Act throwing(String message) {
            return new Act(false, 0, 0, new IllegalStateException(message), false);
        }

        Act taking(long value) {
            return new Act(perfect, accuracy, value, failure, rude);
        }

        Act rudely() {
            return new Act(perfect, accuracy, millis, failure, true);
        }
    }

    private final Function<TrialKey, Act> script;
    private final List<TrialKey> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> threads = Collections.synchronizedList(new ArrayList<>());

    ScriptedBackend(Function<TrialKey, Act> script) {
        this.script = script;
    }

    /** A two-sequence dataset of one input and one output per step; the fake never reads it. */
    static Dataset dataset() {
        Split split = new Split(new SequenceBatch(2, 3, 1, new long[6]), new SequenceBatch(2, 3, 1, new long[6]));
        return new Dataset("scripted", split, split);
    }

    static TrainingRequest request() {
        return TrainingRequest.paperDefaults(Architecture.linear(1), dataset(), STEPS, 0);
    }

    List<TrialKey> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    List<Integer> threads() {
        synchronized (threads) {
            return List.copyOf(threads);
        }
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String description() {
        return "Plays a script, for tests.";
    }

    @Override
    public TrainingResult train(TrainingRequest request, TrainingListener listener) {
        TrialKey key = new TrialKey(new Candidate(Track.of(request.encodings()), request.architecture()), (int) request.seed());
        calls.add(key);
        threads.add(request.threads());
        Act act = script.apply(key);
        if (act.failure() != null) {
            throw act.failure();
        }
        List<Evaluation> curve = new ArrayList<>();
        for (int i = 1; i <= EVALUATIONS; i++) {
            sleep(act.millis() / EVALUATIONS);
            int step = i * STEPS / EVALUATIONS;
            if (!act.rude() && request.deadline().map(d -> Instant.now().isAfter(d)).orElse(false)) {
                return new TrainingResult(network(request), curve, OptionalInt.empty(), step, StopReason.DEADLINE);
            }
            double accuracy = act.perfect() && i == EVALUATIONS ? 1 : act.accuracy() * i / EVALUATIONS;
            Evaluation evaluation = new Evaluation(step, 0.1, 0.1, accuracy);
            curve.add(evaluation);
            if (!act.rude()) {
                listener.onEvaluation(evaluation);
            }
        }
        return new TrainingResult(network(request), curve, act.perfect() ? OptionalInt.of(STEPS) : OptionalInt.empty(),
                STEPS, act.perfect() ? StopReason.PERFECT : StopReason.STEPS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Zero weights of the right shapes, with the request's encodings. */
    static Network network(TrainingRequest request) {
        Architecture a = request.architecture();
        int in = request.encodings().inputWidth();
        int out = request.encodings().outputWidth();
        return new Network(a, request.encodings(),
                layers(a.hiddenDim() + in, a.transitionWidth(), a.hiddenDim(), a.transitionDepth()),
                layers(a.hiddenDim(), a.readoutWidth(), out, a.readoutDepth()));
    }

    private static List<DenseLayer> layers(int in, int width, int out, int depth) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            int rows = l == depth - 1 ? out : width;
            int cols = l == 0 ? in : width;
            layers.add(new DenseLayer(rows, cols, new double[rows * cols], new double[rows]));
        }
        return layers;
    }
}
