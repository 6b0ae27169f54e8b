package org.mips.backend.cpu;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * One training run (reference section 2.4): AdamW on batches of the training split, an evaluation
 * before step 0, every {@code evaluateEvery} steps and after the last step, and an early stop at the
 * first perfect evaluation. An evaluation scores the first {@value #SAMPLE} test sequences and, when
 * they are all right, the whole test split: only the whole split counts as perfect (the paper accepted
 * one sampled batch), without paying for it at every evaluation. Optional L1 penalty on all parameters (section 3.5) and
 * parameters frozen at zero (section 3.6). The data is encoded once with the request's encodings, and the
 * network trained records them.
 */
final class Trainer {

    /** Test sequences scored at every evaluation; the whole split is scored once these are all right. */
    static final int SAMPLE = 8192;

    private final TrainingRequest request;
    private final Layout layout;
    private final SequenceData train;
    private final SequenceData test;
    private final SequenceData testSample;

    Trainer(TrainingRequest request, DataCache cache) {
        this.request = request;
        Dataset dataset = request.dataset();
        this.layout = new Layout(request.architecture(), request.encodings());
        this.train = cache.get(dataset.train(), request.encodings());
        this.test = cache.get(dataset.test(), request.encodings());
        this.testSample = test.count <= SAMPLE ? test : test.head(SAMPLE);
        if (train.count == 0 || test.count == 0) {
            throw new IllegalArgumentException("dataset " + dataset.name() + " needs training and test sequences");
        }
    }

    TrainingResult run(TrainingListener listener) {
        int threads = request.threads() == 0 ? Runtime.getRuntime().availableProcessors() : request.threads();
        try (Workers workers = new Workers(threads);
                BatchSampler sampler = new BatchSampler(train.count, request.batchSize(), request.seed() ^ 0x6A09E667F3BCC909L)) {
            return run(listener, workers, sampler);
        }
    }

    private TrainingResult run(TrainingListener listener, Workers workers, BatchSampler sampler) {
        double[] params = request.start().map(layout::fromNetwork).orElseGet(() -> Initializer.initialize(layout, request.seed()));
        boolean[] frozen = frozenZeros(params);
        GradientPass gradients = new GradientPass(layout, workers, train.length);
        Evaluator evaluator = new Evaluator(layout, workers, test.length);
        AdamW optimizer = new AdamW(layout.size, request.learningRate());
        double[] gradient = new double[layout.size];

        long deadline = request.deadline().map(Trainer::nanosUntil).orElse(Long.MAX_VALUE);

        List<Evaluation> curve = new ArrayList<>();
        double[] best = params.clone();
        double bestAccuracy = -1;
        OptionalInt perfectAt = OptionalInt.empty();
        double batchLoss = Double.NaN;
        for (int step = 0; ; step++) {
            boolean last = step == request.steps();
            boolean evaluate = last || step % request.evaluateEvery() == 0;
            if (!last) {
                int count = sampler.next();
                double loss = gradients.compute(params, train, sampler.rows(), sampler.offset(), count, request.loss(),
                        gradient, evaluate);
                batchLoss = evaluate ? loss : batchLoss;
            }
            if (evaluate) {
                Evaluator.Score score = evaluator.score(params, testSample, request.loss());
                if (score.wrong() == 0 && testSample != test) {
                    score = evaluator.score(params, test, request.loss());
                }
                Evaluation evaluation = new Evaluation(step, batchLoss, score.loss(), score.accuracy());
                curve.add(evaluation);
                listener.onEvaluation(evaluation);
                // Keep the best weights; among perfect ones, the latest (which L1 runs have sparsified most).
                if (score.accuracy() > bestAccuracy || score.wrong() == 0) {
                    bestAccuracy = score.accuracy();
                    System.arraycopy(params, 0, best, 0, params.length);
                }
                if (score.wrong() == 0) {
                    perfectAt = perfectAt.isPresent() ? perfectAt : OptionalInt.of(step);
                    if (request.stopWhenPerfect()) {
                        return result(params, curve, perfectAt, step, StopReason.PERFECT);
                    }
                }
            }
            if (last) {
                return result(best, curve, perfectAt, step, perfectAt.isPresent() ? StopReason.PERFECT : StopReason.STEPS);
            }
            if (System.nanoTime() - deadline > 0) {
                return result(best, curve, perfectAt, step, StopReason.DEADLINE);
            }
            regularize(params, gradient, frozen);
            optimizer.step(params, gradient);
            for (int k = 0; k < params.length; k++) {
                if (frozen[k]) {
                    params[k] = 0;
                }
            }
        }
    }

    /** Adds the L1 penalty's gradient and silences frozen parameters. */
    private void regularize(double[] params, double[] gradient, boolean[] frozen) {
        double l1 = request.l1();
        for (int k = 0; k < params.length; k++) {
            if (frozen[k]) {
                gradient[k] = 0;
            } else if (l1 > 0) {
                gradient[k] += l1 * Math.signum(params[k]);
            }
        }
    }

    private boolean[] frozenZeros(double[] params) {
        boolean[] frozen = new boolean[params.length];
        if (request.freezeZeros()) {
            for (int k = 0; k < params.length; k++) {
                frozen[k] = params[k] == 0.0;
            }
        }
        return frozen;
    }

    private TrainingResult result(double[] params, List<Evaluation> curve, OptionalInt perfectAt, int steps, StopReason stop) {
        Network network = layout.toNetwork(params);
        return new TrainingResult(network, curve, perfectAt, steps, stop);
    }

    /** The {@link System#nanoTime()} value at {@code instant}. */
    private static long nanosUntil(Instant instant) {
        long millis = instant.toEpochMilli() - System.currentTimeMillis();
        return System.nanoTime() + Math.max(-1, millis) * 1_000_000L;
    }
}
