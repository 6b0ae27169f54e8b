package org.mips.testkit;

import java.util.List;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.task.Dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/**
 * The contract every {@link TrainingBackend} must meet. A plugin's test extends this class and returns its
 * backend. The requests are small (hundreds of sequences, tens of steps), so the contract checks what a
 * backend promises rather than how well it learns: the same request gives the same network bit for bit
 * whatever the thread count, and another seed another one; it takes the steps asked for, evaluates before its
 * first step and at least
 * every {@code evaluateEvery} steps, stops at the first perfect evaluation (or trains on when asked), stops
 * when the deadline has passed, starts from given weights and keeps frozen zeros at zero; the result has
 * the requested shape, and its curve, its perfect step and its network agree with each other and with the
 * test split; a request it cannot train on is refused with an exception that says why.
 */
public abstract class AbstractTrainingBackendContractTest {

    /** Outputs that may round differently between the backend's arithmetic and the SPI's double-precision forward pass. */
    private static final double ACCURACY_TOLERANCE = 0.02;

    /** The backend under test; may return a new instance on every call. */
    protected abstract TrainingBackend backend();

    /** A request for this contract: the paper's settings with a small batch and an evaluation every 20 steps. */
    protected TrainingRequest request(Architecture architecture, Dataset dataset, int steps, long seed) {
        return TrainingRequest.paperDefaults(architecture, dataset, steps, seed).withBatchSize(128).withEvaluateEvery(20).withThreads(1);
    }

    /** A small nonlinear architecture for two inputs. */
    protected Architecture smallArchitecture() {
        return new Architecture(2, 1, 0, 2, 4, Activation.RELU);
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = backend().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(backend().description().isBlank(), "blank description");
    }

    @Test
    void theSameRequestGivesTheSameNetworkForAnyThreadCount() {
        TrainingRequest request = request(smallArchitecture(), ContractDatasets.xor(600, 2), 60, 7);
        TrainingResult one = train(request.withThreads(1));
        TrainingResult again = train(request.withThreads(1));
        TrainingResult two = train(request.withThreads(2));
        assertEquals(one.network(), again.network(), "two runs of the same request differ");
        assertEquals(one.curve(), again.curve(), "two runs of the same request have different curves");
        assertEquals(one.network(), two.network(), "the network depends on the thread count");
        assertEquals(one.curve(), two.curve(), "the curve depends on the thread count");
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        TrainingRequest request = request(smallArchitecture(), ContractDatasets.xor(600, 2), 20, 7);
        assertNotEquals(train(request).network(), train(request.withSeed(8)).network(), "the seed changes nothing");
    }

    @Test
    void takesTheStepsAskedForAndEvaluatesOnSchedule() {
        TrainingRequest request = request(Architecture.linear(2), ContractDatasets.unlearnable(400, 3), 50, 0);
        List<Evaluation> heard = new ArrayList<>();
        TrainingResult result = backend().train(request, heard::add);
        assertHonest(request, result);
        assertEquals(StopReason.STEPS, result.stop(), "stop reason");
        assertEquals(50, result.steps(), "steps taken");
        assertEquals(result.curve(), heard, "the listener must hear every evaluation of the curve, in order");
        int previous = 0;
        for (Evaluation evaluation : result.curve()) {
            assertTrue(evaluation.step() - previous <= request.evaluateEvery(),
                    () -> "evaluations more than " + request.evaluateEvery() + " steps apart: " + result.curve());
            previous = evaluation.step();
        }
        assertEquals(50, previous, "the last evaluation must be at the last step");
    }

    @Test
    void stopsAtTheFirstPerfectEvaluationWithItsWeights() {
        Network perfect = ContractDatasets.copyNetwork();
        TrainingRequest request = request(perfect.architecture(), ContractDatasets.copy(300, 4), 100, 0).withStart(perfect, false);
        TrainingResult result = train(request);
        assertHonest(request, result);
        assertEquals(StopReason.PERFECT, result.stop(), "stop reason");
        assertEquals(OptionalInt.of(0), result.perfectAtStep(), "the starting weights are already perfect");
        assertEquals(0, result.steps(), "steps taken after a perfect start");
        assertEquals(perfect, result.network(), "the result must be the weights of the first perfect evaluation");
    }

    @Test
    void trainsOnWhenAskedNotToStopWhenPerfect() {
        Network perfect = ContractDatasets.copyNetwork();
        TrainingRequest request = request(perfect.architecture(), ContractDatasets.copy(300, 4), 40, 0).withStart(perfect, false)
                .withStopWhenPerfect(false);
        TrainingResult result = train(request);
        assertHonest(request, result);
        assertEquals(40, result.steps(), "steps taken");
        assertEquals(StopReason.PERFECT, result.stop(), "an evaluation was perfect");
        assertEquals(OptionalInt.of(0), result.perfectAtStep(), "the first perfect evaluation");
    }

    @Test
    void stopsWhenTheDeadlineHasPassed() {
        TrainingRequest request = request(Architecture.linear(2), ContractDatasets.unlearnable(400, 5), 1_000_000, 0)
                .withDeadline(Instant.EPOCH);
        TrainingResult result = train(request);
        assertEquals(StopReason.DEADLINE, result.stop(), "stop reason with a deadline in the past");
        assertTrue(result.steps() < request.steps(), "steps taken: " + result.steps());
        assertEquals(smallShape(request), shape(result.network()), "shape");
    }

    @Test
    void keepsFrozenZerosAtZero() {
        Network start = ContractDatasets.copyNetwork();
        TrainingRequest request = request(start.architecture(), ContractDatasets.parity(300, 6), 40, 0).withStart(start, true)
                .withStopWhenPerfect(false);
        TrainingResult result = train(request);
        assertHonest(request, result);
        double[] before = ContractNetworks.parameters(start);
        double[] after = ContractNetworks.parameters(result.network());
        for (int k = 0; k < before.length; k++) {
            if (before[k] == 0) {
                assertEquals(0.0, after[k], "parameter " + k + " was frozen at zero");
            }
        }
    }

    @Test
    void trainsWithTheRequestsEncodingsAndRecordsThem() {
        Dataset xor = ContractDatasets.xor(600, 2);
        List<Long> bits = List.of(0L, 1L);
        Encodings encodings = new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", bits), new InputCode.Scalar()),
                List.of(new OutputCode.Categorical(bits)));
        TrainingRequest request = request(smallArchitecture(), xor, 60, 3).withEncodings(encodings);
        TrainingResult result = train(request);
        assertEquals(encodings, result.network().encodings(), "the network must record the encodings it was trained with");
        assertEquals(3, result.network().inputDim(), "a one-hot bit and a scalar bit are three network inputs");
        assertEquals(2, result.network().outputDim(), "a categorical bit is two logits");
        assertHonest(request, result);
    }

    @Test
    void refusesADatasetWithoutTrainingSequences() {
        TrainingRequest request = request(Architecture.linear(1), ContractDatasets.withoutTrainingSequences(), 10, 0);
        RuntimeException refusal = assertThrows(RuntimeException.class, () -> backend().train(request, TrainingListener.none()),
                "a request without training sequences must be refused");
        assertTrue(refusal.getMessage() != null && !refusal.getMessage().isBlank(), "the refusal must say why");
    }

    /** Trains {@code request} and checks the result against it. */
    private TrainingResult train(TrainingRequest request) {
        TrainingResult result = backend().train(request, TrainingListener.none());
        assertNotNull(result, "train returned null");
        return result;
    }

    /**
     * The result has the request's shape; its curve is in order within the steps, with accuracies and losses
     * that are numbers; its perfect step is the first perfect evaluation; and its network scores on the test
     * split what the curve claims.
     */
    private static void assertHonest(TrainingRequest request, TrainingResult result) {
        assertNotNull(result, "train returned null");
        assertEquals(smallShape(request), shape(result.network()), "the network's shape must be the request's");
        assertTrue(result.steps() >= 0 && result.steps() <= request.steps(), "steps taken: " + result.steps());
        assertFalse(result.curve().isEmpty(), "no evaluation at all");
        int previous = -1;
        OptionalInt firstPerfect = OptionalInt.empty();
        for (Evaluation evaluation : result.curve()) {
            assertTrue(evaluation.step() > previous && evaluation.step() <= result.steps(), () -> "evaluation steps " + result.curve());
            previous = evaluation.step();
            assertTrue(evaluation.accuracy() >= 0 && evaluation.accuracy() <= 1, () -> "accuracy " + evaluation);
            assertTrue(evaluation.testLoss() >= 0 && Double.isFinite(evaluation.testLoss()), () -> "test loss " + evaluation);
            assertFalse(evaluation.trainLoss() < 0 || Double.isInfinite(evaluation.trainLoss()), () -> "training loss " + evaluation);
            if (evaluation.perfect() && firstPerfect.isEmpty()) {
                firstPerfect = OptionalInt.of(evaluation.step());
            }
        }
        assertEquals(firstPerfect, result.perfectAtStep(), "perfectAtStep must be the first perfect evaluation");
        double measured = ContractDatasets.accuracy(result.network(), request.dataset().test());
        if (result.perfect() && request.stopWhenPerfect()) {
            assertEquals(1.0, measured, "a perfect result's network must be right on the whole test split");
        } else {
            assertEquals(result.bestAccuracy(), measured, ACCURACY_TOLERANCE,
                    "the network must score on the test split what its best evaluation claims");
        }
    }

    private record Shape(Architecture architecture, int inputDim, int outputDim, int hiddenDim) {
    }

    private static Shape smallShape(TrainingRequest request) {
        return new Shape(request.architecture(), request.encodings().inputWidth(), request.encodings().outputWidth(),
                request.architecture().hiddenDim());
    }

    private static Shape shape(Network network) {
        return new Shape(network.architecture(), network.inputDim(), network.outputDim(), network.hiddenDim());
    }
}
