package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Architecture;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/** A trial that ends just short of perfect gets one deterministic finishing training at half its learning rate. */
class NearMissTest {

    /** What one training returns: its best accuracy, whether it ends perfect, and why it stops. */
    private record Reply(double accuracy, boolean perfect, StopReason stop) {
    }

    /** Answers the requests in turn with the replies it is given, and keeps the requests and results. */
    private static final class Backend implements TrainingBackend {
        final Deque<Reply> replies;
        final List<TrainingRequest> requests = new ArrayList<>();
        final List<TrainingResult> results = new ArrayList<>();

        Backend(Reply... replies) {
            this.replies = new ArrayDeque<>(List.of(replies));
        }

        @Override
        public String id() {
            return "replies";
        }

        @Override
        public String description() {
            return "answers with the replies it is given, for tests";
        }

        @Override
        public TrainingResult train(TrainingRequest request, TrainingListener listener) {
            requests.add(request);
            Reply reply = replies.removeFirst();
            int steps = reply.perfect() ? request.steps() / 2 : request.steps();
            Evaluation evaluation = new Evaluation(steps, 0.01, 0.01, reply.perfect() ? 1 : reply.accuracy());
            listener.onEvaluation(evaluation);
            TrainingResult result = new TrainingResult(ScriptedBackend.network(request), List.of(evaluation),
                    reply.perfect() ? OptionalInt.of(steps) : OptionalInt.empty(), steps, reply.perfect() ? StopReason.PERFECT : reply.stop());
            results.add(result);
            return result;
        }
    }

    private static final TrialKey KEY = new TrialKey(new Candidate(PlansTest.SCALAR, Architecture.linear(2)), 3);

    private static TrialRunner.Finished run(Backend backend) {
        TrialRunner runner = new TrialRunner(backend, ScriptedBackend.request(), System.nanoTime(), 0);
        return runner.run(new Trial(1, KEY, System.nanoTime()));
    }

    private static Reply fails(double accuracy) {
        return new Reply(accuracy, false, StopReason.STEPS);
    }

    @Test
    void aNearMissIsTrainedOnceMoreFromItsNetworkForAsManyStepsAtHalfItsLearningRate() {
        Backend backend = new Backend(fails(0.997), fails(0.998));
        TrialRunner.Finished finished = run(backend);

        assertEquals(2, backend.requests.size(), "exactly one finishing training");
        TrainingRequest first = backend.requests.get(0);
        TrainingRequest finishing = backend.requests.get(1);
        assertTrue(first.start().isEmpty());
        assertSame(backend.results.get(0).network(), finishing.start().orElseThrow(), "from the network the trial returned");
        assertFalse(finishing.freezeZeros());
        assertEquals(first.learningRate() * TrialRunner.FINISH_RATE, finishing.learningRate(), 1e-18);
        assertEquals(5e-4, finishing.learningRate(), 1e-12);
        assertEquals(ScriptedBackend.STEPS, finishing.steps(), "as many steps as the trial");
        assertEquals(KEY.seed(), finishing.seed());
        assertEquals(KEY.architecture(), finishing.architecture());
        assertEquals(first.encodings(), finishing.encodings());
        assertEquals(first.deadline(), finishing.deadline());

        TrialRecord record = finished.record();
        assertEquals(new TrialRecord.Finish(0.997, finishing.learningRate(), ScriptedBackend.STEPS, 0.998, false), record.finish());
        assertEquals(2 * ScriptedBackend.STEPS, record.steps(), "steps counted on");
        assertEquals(0.998, record.bestAccuracy());
        assertFalse(record.perfect());
        assertEquals(TrialStop.STEPS, record.stop());
        assertEquals(new TrialOutcome(false, 0.998), finished.outcome());
    }

    @Test
    void aFinishingPhaseThatMakesItPerfectMakesThePerfectTrial() {
        Backend backend = new Backend(fails(0.996), new Reply(1, true, StopReason.PERFECT));
        TrialRunner.Finished finished = run(backend);
        assertEquals(2, backend.requests.size());
        TrialRecord record = finished.record();
        assertTrue(record.perfect());
        assertEquals(TrialStop.PERFECT, record.stop());
        int finishingSteps = ScriptedBackend.STEPS / 2;
        assertEquals(ScriptedBackend.STEPS + finishingSteps, record.perfectAtStep(), "the finishing phase's step, counted on");
        assertEquals(new TrialRecord.Finish(0.996, backend.requests.get(1).learningRate(), finishingSteps, 1, true), record.finish());
        assertSame(backend.results.get(1).network(), finished.result().network(), "the finished network");
        assertEquals(2, finished.result().curve().size(), "both curves");
        assertEquals(new TrialOutcome(true, 1), finished.outcome());
    }

    @Test
    void aFinishingPhaseThatDoesWorseKeepsTheTrialsNetwork() {
        Backend backend = new Backend(fails(0.999), fails(0.5));
        TrialRunner.Finished finished = run(backend);
        assertSame(backend.results.get(0).network(), finished.result().network());
        assertEquals(0.999, finished.record().bestAccuracy());
        assertEquals(0.999, finished.record().finish().accuracy());
    }

    @Test
    void aFailureFarFromPerfectIsNotFinished() {
        Backend backend = new Backend(fails(0.9));
        TrialRunner.Finished finished = run(backend);
        assertEquals(1, backend.requests.size());
        assertNull(finished.record().finish());
        assertEquals(ScriptedBackend.STEPS, finished.record().steps());
        assertEquals(new TrialOutcome(false, 0.9), finished.outcome());
    }

    @Test
    void theThresholdIsInclusiveAndJustBelowItIsNotFinished() {
        Backend at = new Backend(fails(TrialRunner.NEAR_MISS), fails(TrialRunner.NEAR_MISS));
        run(at);
        assertEquals(2, at.requests.size());
        Backend below = new Backend(fails(Math.nextDown(TrialRunner.NEAR_MISS)));
        run(below);
        assertEquals(1, below.requests.size());
    }

    @Test
    void aPerfectTrialOrOneCutShortByTheDeadlineIsNotFinished() {
        Backend perfect = new Backend(new Reply(1, true, StopReason.PERFECT));
        assertNull(run(perfect).record().finish());
        assertEquals(1, perfect.requests.size());
        Backend deadline = new Backend(new Reply(0.999, false, StopReason.DEADLINE));
        TrialRunner.Finished finished = run(deadline);
        assertEquals(1, deadline.requests.size());
        assertNull(finished.record().finish());
        assertNull(finished.outcome(), "cut short by the budget: no verdict");
    }

    /** Trains to a flat curve: the same accuracy at step 0 and at its last step. */
    private static final class Flat implements TrainingBackend {
        final List<TrainingRequest> requests = new ArrayList<>();

        @Override
        public String id() {
            return "flat";
        }

        @Override
        public String description() {
            return "a curve that never moves, for tests";
        }

        @Override
        public TrainingResult train(TrainingRequest request, TrainingListener listener) {
            requests.add(request);
            List<Evaluation> curve = List.of(new Evaluation(0, 1, 1, 0.5), new Evaluation(request.steps(), 1, 1, 0.5));
            curve.forEach(listener::onEvaluation);
            return new TrainingResult(ScriptedBackend.network(request), curve, OptionalInt.empty(), request.steps(), StopReason.STEPS);
        }
    }

    @Test
    void anExactCandidateTrainsTwiceTheStepsWithoutThePlateauRule() {
        Flat exact = new Flat();
        TrialRunner.Finished trusted = new TrialRunner(exact, ScriptedBackend.request(), System.nanoTime(), 100, TrialCache.none(),
                java.util.Set.of(KEY.candidate())).run(new Trial(1, KEY, System.nanoTime()));
        assertEquals(TrialRunner.EXACT_STEPS * ScriptedBackend.STEPS, exact.requests.get(0).steps());
        assertEquals(TrialStop.STEPS, trusted.record().stop(), "no plateau");

        Flat other = new Flat();
        TrialRunner.Finished plain = new TrialRunner(other, ScriptedBackend.request(), System.nanoTime(), 100, TrialCache.none(),
                java.util.Set.of()).run(new Trial(1, KEY, System.nanoTime()));
        assertEquals(ScriptedBackend.STEPS, other.requests.get(0).steps());
        assertEquals(TrialStop.PLATEAU, plain.record().stop());
    }
}
