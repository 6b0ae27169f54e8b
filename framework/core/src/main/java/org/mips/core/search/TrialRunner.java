package org.mips.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingListener;

import java.util.Optional;
import org.mips.core.plugin.Problems;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * Trains one trial on the backend and describes how it went. It never throws: a backend that fails
 * makes a {@link TrialStop#FAILED} trial, so one broken training cannot end a search.
 *
 * <p>The SPI has no way to stop a training early, so a trial the search no longer needs is stopped
 * by throwing from the training listener at its next evaluation; the backend lets the exception
 * through (or, if it swallows it, simply trains to the end, which is slower but still correct).
 *
 * <p><b>Near misses are finished.</b> A trial that spends its steps with a best accuracy of at least
 * {@value #NEAR_MISS} but not perfect trains on from its best
 * weights for as many steps again at half its learning rate, on training data that repeats the training
 * sequences it still gets wrong ({@link Emphasis}), once, deterministically, stopping at its first perfect
 * evaluation. A handful of wrong outputs after thousands of steps is usually rare sequences the network
 * has not yet fitted, not an architecture too small: Add_Mod_5's 2,2,8,1,0 with one-hot inputs and a
 * categorical readout is at 0.99998 after 10,000 steps and perfect at 24,800; a tenth of the learning
 * rate for a quarter of the steps did not get there. The search would otherwise drop a network that is
 * all but done (Majority_0_2 ended at 0.999989, Div_5 at 0.99989). One that stops making progress is
 * still stopped as a plateau and not finished: letting such near misses train on cost Base_3_Addition's
 * narrowing 53 seconds on one trial and the task.
 *
 * <p><b>Exact candidates are trusted.</b> A candidate the {@link DataSurvey} shows can compute the
 * task exactly (a delay line as wide as the window, a counter per symbol when the outputs are affine in
 * the counts), so a slow start says nothing against it: it trains {@value #EXACT_STEPS} times the
 * task's steps without the plateau rule.
 * Sum_Last7's 7,1,0,1,0 sits at 0.23 accuracy for 13,000 steps, where the plateau rule stopped it, and
 * is at 0.98 to 0.9955 from step 16,000 on.
 */
final class TrialRunner {

    /** Thrown from the listener of a cancelled trial; one shared instance, without a stack trace. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("trial cancelled", null, false, false);
        }
    }

    private static final Cancelled CANCELLED = new Cancelled();

    /** Thrown from the listener of a trial that stopped making progress. */
    private static final class Plateau extends RuntimeException {
        Plateau() {
            super("no progress", null, false, false);
        }
    }

    private static final Plateau PLATEAU = new Plateau();

    /** Why a trial the search no longer needs stopped. */
    static final String NOT_NEEDED = "not needed any more";

    /** How many times the task's steps an exact candidate trains. */
    static final int EXACT_STEPS = 2;
    /** Best accuracy from which a failed trial gets a finishing phase. */
    static final double NEAR_MISS = 0.995;
    /** The finishing phase's learning rate, relative to the trial's. */
    static final double FINISH_RATE = 0.5;

    /**
     * A trial that returned.
     *
     * @param outcome what it says about its architecture, or null when it says nothing (cancelled, or
     *                stopped by the deadline before becoming perfect)
     * @param result  the backend's result, or null when the backend did not return one
     */
    record Finished(Trial trial, TrialRecord record, TrialOutcome outcome, TrainingResult result) {
    }

    /** Trains a trial somewhere else than on this runner's backend in this JVM (as a job of an engine); never throws. */
    interface Elsewhere {
        Finished train(Trial trial);

        /** Why no trial can be trained there any more (its engine stopped), if so. */
        Optional<String> lost();
    }

    private final TrainingBackend backend;
    private final TrainingRequest base;
    private final long originNanos;
    private final int patience;
    private final TrialCache cache;
    private final Set<Candidate> exact;
    private final Elsewhere elsewhere;

    /**
     * @param base        every setting but architecture and seed, including the deadline
     * @param originNanos {@link System#nanoTime()} when the search began
     */
    TrialRunner(TrainingBackend backend, TrainingRequest base, long originNanos, int patience) {
        this(backend, base, originNanos, patience, TrialCache.none(), Set.of());
    }

    /**
     * @param cache   where finished trials are kept as they finish, and read back instead of trained again
     * @param exact   candidates the data shows can compute the task exactly: they train
     *                {@value #EXACT_STEPS} times the steps, without the plateau rule
     */
    TrialRunner(TrainingBackend backend, TrainingRequest base, long originNanos, int patience, TrialCache cache,
            Set<Candidate> exact) {
        this.backend = backend;
        this.base = base;
        this.originNanos = originNanos;
        this.patience = patience;
        this.cache = cache;
        this.exact = Set.copyOf(exact);
        this.elsewhere = null;
    }

    private TrialRunner(TrialRunner runner, Elsewhere elsewhere) {
        this.backend = runner.backend;
        this.base = runner.base;
        this.originNanos = runner.originNanos;
        this.patience = runner.patience;
        this.cache = runner.cache;
        this.exact = runner.exact;
        this.elsewhere = elsewhere;
    }

    /** This runner, training what its cache does not hold {@code elsewhere}. */
    TrialRunner trainingElsewhere(Elsewhere value) {
        return new TrialRunner(this, value);
    }

    /**
     * Whether the trainings' deadline has passed. It is wall-clock time, the search's budget is
     * {@link System#nanoTime()}; the two drift apart by milliseconds over minutes, and a trial started
     * in between would return at once, be started again, and so on, hundreds of times.
     */
    boolean expired() {
        return base.deadline().map(deadline -> !Instant.now().isBefore(deadline)).orElse(false) || lost().isPresent();
    }

    /** Why trials cannot be trained any more where this runner trains them, if so: the search stops there. */
    Optional<String> lost() {
        return elsewhere == null ? Optional.empty() : elsewhere.lost();
    }

    /** Whether {@code candidate} is one the data shows can compute the task exactly. */
    boolean exact(Candidate candidate) {
        return exact.contains(candidate);
    }

    ClassLoader backendClassLoader() {
        return backend.getClass().getClassLoader();
    }

    Finished run(Trial trial) {
        Optional<TrialCache.Entry> earlier = cache.find(trial.key);
        if (earlier.isPresent()) {
            return reused(trial, earlier.get());
        }
        Finished finished = elsewhere == null ? train(trial) : elsewhere.train(trial);
        try {
            cache.put(trial.key, finished.record(), finished.result());
        } catch (RuntimeException e) {
            // Keeping it is a convenience for a later run; this search has its result either way.
        }
        return finished;
    }

    private Finished reused(Trial trial, TrialCache.Entry entry) {
        TrialRecord record = new TrialRecord(trial.index, entry.architecture(), entry.seed(), entry.steps(), 0,
                seconds(trial.startNanos - originNanos), entry.bestAccuracy(), entry.perfect(), entry.perfectAtStep(), entry.stop(),
                entry.reason(), true, trial.key.track().id(), entry.finish());
        return new Finished(trial, record, new TrialOutcome(entry.perfect(), entry.bestAccuracy()),
                entry.perfect() ? TrialCache.training(entry) : null);
    }

    /**
     * A trial trained elsewhere, as its report says; a report of another trial, or a perfect one without its
     * network, fails it.
     */
    Finished reported(Trial trial, TrialReport report) {
        TrialRecord got = report.trial();
        String expected = trial.key.architecture().toText() + " " + trial.key.track().id() + " seed " + trial.key.seed();
        String reported = got.architecture() + " " + got.encodings() + " seed " + got.seed();
        if (!reported.equals(expected)) {
            return failed(trial, "its report is of another trial: " + reported);
        }
        if (got.perfect() && (report.network() == null || got.perfectAtStep() == null)) {
            return failed(trial, "its report says perfect, without the network or the step");
        }
        TrialRecord record = new TrialRecord(trial.index, got.architecture(), got.seed(), got.steps(),
                seconds(System.nanoTime() - trial.startNanos), seconds(trial.startNanos - originNanos), got.bestAccuracy(), got.perfect(),
                got.perfectAtStep(), got.stop(), got.reason(), false, got.encodings(), got.finish());
        TrainingResult result = got.perfect() ? new TrainingResult(report.network(), report.curve(), OptionalInt.of(got.perfectAtStep()),
                got.steps(), StopReason.PERFECT) : null;
        return new Finished(trial, record, outcome(got.stop(), got.perfect(), got.bestAccuracy()), result);
    }

    /** A trial the search stopped, or its engine did, before it reported. */
    Finished cancelled(Trial trial, String reason) {
        return new Finished(trial, stopped(trial, TrialStop.CANCELLED, reason), null, null);
    }

    /** A trial that could not be trained: a failed seed, like a backend that throws. */
    Finished failed(Trial trial, String reason) {
        return new Finished(trial, stopped(trial, TrialStop.FAILED, reason), new TrialOutcome(false, trial.bestAccuracy()), null);
    }

    private Finished train(Trial trial) {
        try {
            boolean patient = exact.contains(trial.key.candidate());
            TrainingRequest request = base.withArchitecture(trial.key.architecture()).withSeed(trial.key.seed())
                    .withEncodings(trial.key.track().encodings());
            if (patient) {
                request = request.withSteps(request.steps() * EXACT_STEPS);
            }
            int trialPatience = patient ? 0 : patience;
            TrainingResult result = honoured(request, backend.train(request, listener(trial, 0, trialPatience)));
            TrialRecord.Finish finish = null;
            if (nearMiss(result) && !expired()) {
                Dataset emphasised = Emphasis.of(request.dataset(), result.network());
                TrainingRequest finishing = request.withStart(result.network(), false).withDataset(emphasised)
                        .withLearningRate(request.learningRate() * FINISH_RATE).withSteps(request.steps());
                TrainingResult more = honoured(finishing, backend.train(finishing, listener(trial, result.steps(), trialPatience)));
                finish = new TrialRecord.Finish(result.bestAccuracy(), finishing.learningRate(), more.steps(),
                        Math.max(result.bestAccuracy(), more.bestAccuracy()), more.perfect());
                result = joined(result, more);
            }
            return trained(trial, result, finish);
        } catch (Throwable e) { // anything a plugin throws, errors included, fails this trial only
            if (trial.cancelled() || causedBy(e, Cancelled.class)) {
                return cancelled(trial, NOT_NEEDED);
            }
            if (causedBy(e, Plateau.class)) {
                TrialRecord record = stopped(trial, TrialStop.PLATEAU, "no progress in " + patience + " steps");
                return new Finished(trial, record, new TrialOutcome(false, trial.bestAccuracy()), null);
            }
            return failed(trial, Problems.describe(e));
        }
    }

    private TrainingListener listener(Trial trial, int offset, int patience) {
        Progress progress = new Progress(patience);
        return evaluation -> {
            trial.observe(new Evaluation(offset + evaluation.step(), evaluation.trainLoss(), evaluation.testLoss(), evaluation.accuracy()));
            if (trial.cancelled()) {
                throw CANCELLED;
            }
            if (!progress.continues(evaluation.step(), evaluation.accuracy(), evaluation.testLoss())) {
                throw PLATEAU;
            }
        };
    }

    /**
     * The result, if its network has the encodings the request asked for. A backend that does not know
     * encodings trains a scalar network whatever the track; recorded as the track's, it would be compared
     * with the track's networks and written out as a network it is not.
     *
     * @throws IllegalStateException naming the backend and both encodings, which fails the trial
     */
    private TrainingResult honoured(TrainingRequest request, TrainingResult result) {
        Encodings got = result.network().encodings();
        if (!got.equals(request.encodings())) {
            throw new IllegalStateException("backend '" + backend.id() + "' returned a network with encodings " + got.describe()
                    + ", not the requested " + request.encodings().describe());
        }
        return result;
    }

    /** Whether a finished training came close enough to be finished: spent its steps, not perfect, accuracy at least {@link #NEAR_MISS}. */
    private static boolean nearMiss(TrainingResult result) {
        return !result.perfect() && result.stop() == StopReason.STEPS && result.bestAccuracy() >= NEAR_MISS;
    }

    /** A training followed by its finishing phase, as one: the finishing's network, both curves, steps counted on. */
    private static TrainingResult joined(TrainingResult first, TrainingResult more) {
        int offset = first.steps();
        List<Evaluation> curve = new ArrayList<>(first.curve());
        more.curve().forEach(e -> curve.add(new Evaluation(offset + e.step(), e.trainLoss(), e.testLoss(), e.accuracy())));
        OptionalInt perfectAt = more.perfectAtStep().isPresent() ? OptionalInt.of(offset + more.perfectAtStep().getAsInt())
                : OptionalInt.empty();
        Network network = more.perfect() || more.bestAccuracy() > first.bestAccuracy() ? more.network() : first.network();
        return new TrainingResult(network, curve, perfectAt, offset + more.steps(), more.perfect() ? StopReason.PERFECT : more.stop());
    }

    /**
     * Whether a trial still makes progress: within the last {@code patience} steps, its test error
     * rate fell by 5% or its test loss by 1% below their best so far.
     */
    static final class Progress {
        private final int patience;
        private double bestError = Double.MAX_VALUE;
        private double bestLoss = Double.MAX_VALUE;
        private int lastProgress;

        Progress(int patience) {
            this.patience = patience;
        }

        boolean continues(int step, double accuracy, double loss) {
            double error = 1 - accuracy;
            if (error < bestError * 0.95 || loss < bestLoss * 0.99) {
                lastProgress = step;
            }
            bestError = Math.min(bestError, error);
            bestLoss = Math.min(bestLoss, loss);
            return patience == 0 || step - lastProgress < patience;
        }
    }

    /** The record of a trial that did not return in time and is left behind. */
    TrialRecord abandoned(Trial trial, String reason) {
        return stopped(trial, TrialStop.CANCELLED, reason);
    }

    private Finished trained(Trial trial, TrainingResult result, TrialRecord.Finish finish) {
        boolean perfect = result.perfect();
        TrialStop stop = perfect ? TrialStop.PERFECT : TrialStop.of(result.stop());
        TrialRecord record = new TrialRecord(trial.index, trial.key.architecture().toText(), trial.key.seed(),
                result.steps(), seconds(System.nanoTime() - trial.startNanos), seconds(trial.startNanos - originNanos),
                result.bestAccuracy(), perfect, perfect ? result.perfectAtStep().getAsInt() : null, stop, null, false,
                trial.key.track().id(), finish);
        return new Finished(trial, record, outcome(stop, perfect, result.bestAccuracy()), result);
    }

    /**
     * What a finished trial says about its architecture: nothing when it was cancelled, or cut short by the budget
     * before it became perfect (a failure then is no verdict on the architecture).
     */
    private static TrialOutcome outcome(TrialStop stop, boolean perfect, double bestAccuracy) {
        boolean says = stop != TrialStop.CANCELLED && (perfect || stop != TrialStop.DEADLINE);
        return says ? new TrialOutcome(perfect, bestAccuracy) : null;
    }

    private TrialRecord stopped(Trial trial, TrialStop stop, String reason) {
        return new TrialRecord(trial.index, trial.key.architecture().toText(), trial.key.seed(), trial.lastStep(),
                seconds(System.nanoTime() - trial.startNanos), seconds(trial.startNanos - originNanos),
                trial.bestAccuracy(), false, null, stop, reason, false, trial.key.track().id(), null);
    }

    private static boolean causedBy(Throwable e, Class<? extends RuntimeException> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Seconds, to the millisecond. */
    static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }
}
