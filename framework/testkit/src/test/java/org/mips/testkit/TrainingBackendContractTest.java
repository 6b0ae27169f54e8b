package org.mips.testkit;

import org.mips.spi.encode.Encodings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/** Guards the guard: the training backend contract passes an honest backend and fails broken ones. */
class TrainingBackendContractTest {

    /** What a broken backend gets wrong. */
    enum Flaw { NONE, IGNORES_SEED, DEPENDS_ON_THREADS, CLAIMS_PERFECT, WRONG_SHAPE, MISREPORTS_DEADLINE, ACCEPTS_EMPTY_DATA, THAWS_ZEROS,
        IGNORES_ENCODINGS }

    /**
     * A backend that "trains" by a seeded random walk of the weights (cheap, deterministic, and honest about
     * what its networks score), with one flaw at a time.
     */
    record WalkingBackend(Flaw flaw) implements TrainingBackend {

        @Override
        public String id() {
            return "walk";
        }

        @Override
        public String description() {
            return "a random walk of the weights";
        }

        @Override
        public TrainingResult train(TrainingRequest request, TrainingListener listener) {
            Dataset data = request.dataset();
            if (data.train().count() == 0 && flaw != Flaw.ACCEPTS_EMPTY_DATA) {
                throw new IllegalArgumentException("dataset " + data.name() + " has no training sequences");
            }
            long seed = flaw == Flaw.IGNORES_SEED ? 0 : request.seed();
            seed += flaw == Flaw.DEPENDS_ON_THREADS ? request.threads() : 0;
            Encodings encodings = flaw == Flaw.IGNORES_ENCODINGS
                    ? Encodings.scalar(data.inputDimension(), data.outputDimension()) : request.encodings();
            Network random0 = ContractNetworks.random(request.architecture(), encodings.inputWidth(), encodings.outputWidth(), seed);
            Network network = request.start().orElse(new Network(request.architecture(), encodings, random0.transition(), random0.readout()));
            boolean freeze = request.freezeZeros() && flaw != Flaw.THAWS_ZEROS;
            SplittableRandom random = new SplittableRandom(seed);
            List<Evaluation> curve = new ArrayList<>();
            Network best = network;
            double bestAccuracy = -1;
            OptionalInt perfectAt = OptionalInt.empty();
            for (int step = 0; ; step++) {
                boolean last = step == request.steps();
                if (last || step % request.evaluateEvery() == 0) {
                    double accuracy = flaw == Flaw.CLAIMS_PERFECT ? 1.0 : ContractDatasets.accuracy(network, data.test());
                    Evaluation evaluation = new Evaluation(step, 0.1, 0.1, accuracy);
                    curve.add(evaluation);
                    listener.onEvaluation(evaluation);
                    if (accuracy >= bestAccuracy) {
                        bestAccuracy = accuracy;
                        best = network;
                    }
                    if (evaluation.perfect()) {
                        perfectAt = perfectAt.isPresent() ? perfectAt : OptionalInt.of(step);
                        if (request.stopWhenPerfect()) {
                            return result(request, network, curve, perfectAt, step, StopReason.PERFECT);
                        }
                    }
                }
                if (last) {
                    return result(request, best, curve, perfectAt, step, perfectAt.isPresent() ? StopReason.PERFECT : StopReason.STEPS);
                }
                if (request.deadline().map(Instant.now()::isAfter).orElse(false)) {
                    return result(request, best, curve, perfectAt, step, flaw == Flaw.MISREPORTS_DEADLINE ? StopReason.STEPS : StopReason.DEADLINE);
                }
                network = walk(network, random, freeze);
            }
        }

        private TrainingResult result(TrainingRequest request, Network network, List<Evaluation> curve, OptionalInt perfectAt, int steps,
                StopReason stop) {
            Network shaped = flaw == Flaw.WRONG_SHAPE ? ContractNetworks.random(request.architecture(), network.inputDim() + 1,
                    network.outputDim(), 0) : network;
            return new TrainingResult(shaped, curve, perfectAt, steps, stop);
        }

        private static Network walk(Network network, SplittableRandom random, boolean freeze) {
            return network.withLayers(walk(network.transition(), random, freeze), walk(network.readout(), random, freeze));
        }

        private static List<DenseLayer> walk(List<DenseLayer> layers, SplittableRandom random, boolean freeze) {
            return layers.stream().map(layer -> new DenseLayer(layer.rows(), layer.cols(), walk(layer.weights(), random, freeze),
                    walk(layer.bias(), random, freeze))).toList();
        }

        private static double[] walk(double[] values, SplittableRandom random, boolean freeze) {
            double[] next = values.clone();
            for (int k = 0; k < next.length; k++) {
                next[k] += freeze && values[k] == 0 ? 0 : (random.nextDouble() - 0.5) * 1e-3;
            }
            return next;
        }
    }

    /** The contract over a walking backend with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractTrainingBackendContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected TrainingBackend backend() {
            return new WalkingBackend(flaw);
        }
    }

    static final class None extends Contract {
        None() {
            super(Flaw.NONE);
        }
    }

    static final class IgnoresSeed extends Contract {
        IgnoresSeed() {
            super(Flaw.IGNORES_SEED);
        }
    }

    static final class DependsOnThreads extends Contract {
        DependsOnThreads() {
            super(Flaw.DEPENDS_ON_THREADS);
        }
    }

    static final class ClaimsPerfect extends Contract {
        ClaimsPerfect() {
            super(Flaw.CLAIMS_PERFECT);
        }
    }

    static final class WrongShape extends Contract {
        WrongShape() {
            super(Flaw.WRONG_SHAPE);
        }
    }

    static final class MisreportsDeadline extends Contract {
        MisreportsDeadline() {
            super(Flaw.MISREPORTS_DEADLINE);
        }
    }

    static final class AcceptsEmptyData extends Contract {
        AcceptsEmptyData() {
            super(Flaw.ACCEPTS_EMPTY_DATA);
        }
    }

    static final class ThawsZeros extends Contract {
        ThawsZeros() {
            super(Flaw.THAWS_ZEROS);
        }
    }

    static final class IgnoresEncodings extends Contract {
        IgnoresEncodings() {
            super(Flaw.IGNORES_ENCODINGS);
        }
    }

    @Test
    void anHonestBackendPasses() {
        ContractRun run = ContractRun.of(None.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(1, run.passes("refusesADatasetWithoutTrainingSequences"), run::toString);
    }

    @Test
    void aBackendThatIgnoresTheSeedFails() {
        ContractRun run = ContractRun.of(IgnoresSeed.class);
        assertEquals(Set.of("anotherSeedGivesAnotherNetwork"), run.failedMethods(), run::toString);
    }

    @Test
    void aBackendWhoseNetworkDependsOnTheThreadCountFails() {
        ContractRun run = ContractRun.of(DependsOnThreads.class);
        assertEquals(Set.of("theSameRequestGivesTheSameNetworkForAnyThreadCount"), run.failedMethods(), run::toString);
    }

    @Test
    void aBackendThatClaimsPerfectionFails() {
        ContractRun run = ContractRun.of(ClaimsPerfect.class);
        assertTrue(run.failedMethods().containsAll(Set.of("takesTheStepsAskedForAndEvaluatesOnSchedule", "keepsFrozenZerosAtZero")),
                run::toString);
    }

    @Test
    void aBackendThatReturnsAnotherShapeFails() {
        ContractRun run = ContractRun.of(WrongShape.class);
        assertTrue(run.failedMethods().containsAll(Set.of("takesTheStepsAskedForAndEvaluatesOnSchedule",
                "stopsAtTheFirstPerfectEvaluationWithItsWeights", "stopsWhenTheDeadlineHasPassed")), run::toString);
    }

    @Test
    void aBackendThatMisreportsTheDeadlineFails() {
        ContractRun run = ContractRun.of(MisreportsDeadline.class);
        assertEquals(Set.of("stopsWhenTheDeadlineHasPassed"), run.failedMethods(), run::toString);
    }

    @Test
    void aBackendThatTrainsOnNothingFails() {
        ContractRun run = ContractRun.of(AcceptsEmptyData.class);
        assertEquals(Set.of("refusesADatasetWithoutTrainingSequences"), run.failedMethods(), run::toString);
    }

    @Test
    void aBackendThatThawsFrozenZerosFails() {
        ContractRun run = ContractRun.of(ThawsZeros.class);
        assertEquals(Set.of("keepsFrozenZerosAtZero"), run.failedMethods(), run::toString);
    }

    @Test
    void aBackendThatIgnoresTheEncodingsFails() {
        ContractRun run = ContractRun.of(IgnoresEncodings.class);
        assertEquals(Set.of("trainsWithTheRequestsEncodingsAndRecordsThem"), run.failedMethods(), run::toString);
    }
}
