package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import org.mips.testkit.ContractDatasets;
import org.mips.testkit.ContractNetworks;

/** What the CPU backend does beyond the backend contract ({@link CpuBackendContractTest}): it learns, on schedule, with L1. */
class CpuBackendTest {

    private final CpuBackend backend = new CpuBackend();

    private static TrainingRequest request(Architecture architecture, Dataset data, int steps, long seed) {
        return TrainingRequest.paperDefaults(architecture, data, steps, seed).withBatchSize(256).withEvaluateEvery(50);
    }

    @Test
    void parityAllBecomesPerfect() {
        TrainingResult result = backend.train(request(new Architecture(4, 2, 16, 1, 0, Activation.RELU),
                ContractDatasets.parity(4000, 1), 4000, 0), TrainingListener.none());
        assertEquals(StopReason.PERFECT, result.stop(), () -> "best accuracy " + result.bestAccuracy());
        assertEquals(1.0, result.curve().get(result.curve().size() - 1).accuracy());
    }

    @Test
    void bitwiseXorBecomesPerfect() {
        TrainingResult result = backend.train(request(new Architecture(2, 1, 0, 2, 4, Activation.RELU),
                ContractDatasets.xor(4000, 2), 4000, 0), TrainingListener.none());
        assertEquals(StopReason.PERFECT, result.stop(), () -> "best accuracy " + result.bestAccuracy());
    }

    /** One-hot in, categorical out: {@code x mod 3} for inputs 0..5 needs no memory, so a linear network learns it. */
    @Test
    void oneHotToCategoricalBecomesPerfectAndDecodesThroughTheSpi() {
        Dataset data = EncodedData.mod3(2000, 6, 3);
        TrainingRequest request = request(Architecture.linear(3), data, 600, 0).withEncodings(EncodedData.mod3Encodings());
        TrainingResult result = backend.train(request, TrainingListener.none());
        assertEquals(StopReason.PERFECT, result.stop(), () -> "best accuracy " + result.bestAccuracy());
        assertTrue(result.steps() <= 600, () -> "steps " + result.steps());
        Network network = result.network();
        assertEquals(request.encodings(), network.encodings());
        assertEquals(6, network.inputDim());
        assertEquals(3, network.outputDim());
        // Perfect by the backend's evaluation means perfect by the SPI's argmax reading.
        for (int n = 0; n < data.test().count(); n++) {
            double[][] y = network.run(data.test().x().sequence(n));
            for (int t = 0; t < y.length; t++) {
                assertEquals(data.test().y().get(n, t, 0), y[t][0], "sequence " + n + " step " + t);
            }
        }
        // Training resumes from the encoded network's weights.
        TrainingResult resumed = backend.train(request.withStart(network, false), TrainingListener.none());
        assertEquals(0, resumed.steps());
        assertEquals(network, resumed.network());
    }

    @Test
    void refusesToTrainATanhNetworkWithTheReason() {
        Architecture tanh = new Architecture(2, 2, 2, 1, 0, Activation.TANH);
        assertEquals(java.util.Optional.of("the cpu backend trains ReLU networks only (this one is tanh)"), backend.refusal(tanh));
        assertEquals(java.util.Optional.empty(), backend.refusal(new Architecture(2, 2, 2, 1, 0, Activation.RELU)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> backend.train(request(tanh, ContractDatasets.xor(200, 4), 10, 0), TrainingListener.none()));
        assertEquals("the cpu backend trains ReLU networks only (this one is tanh)", e.getMessage());
    }

    @Test
    void scalarNetworksRecordTheScalarEncodings() {
        TrainingResult result = backend.train(request(Architecture.linear(2), ContractDatasets.xor(200, 4), 10, 0), TrainingListener.none());
        assertTrue(result.network().encodings().isScalar());
    }

    @Test
    void evaluatesAtStartEveryIntervalAndAtTheEnd() {
        List<Integer> steps = new ArrayList<>();
        TrainingResult result = backend.train(request(Architecture.linear(2), ContractDatasets.xor(500, 4), 120, 0),
                evaluation -> steps.add(evaluation.step()));
        assertEquals(List.of(0, 50, 100, 120), steps);
        assertEquals(StopReason.STEPS, result.stop());
        assertEquals(120, result.steps());
        assertTrue(result.curve().stream().mapToDouble(Evaluation::accuracy).max().orElseThrow() <= 1.0);
    }

    @Test
    void frozenZerosStayZeroAndL1Shrinks() {
        Architecture architecture = new Architecture(3, 1, 0, 2, 4, Activation.RELU);
        Dataset data = ContractDatasets.xor(1000, 5);
        Network trained = backend.train(request(architecture, data, 100, 0), TrainingListener.none()).network();
        double[] start = ContractNetworks.parameters(trained);
        Layout layout = new Layout(architecture, 2, 1);
        double[] zeroed = layout.fromNetwork(trained);
        for (int k = 0; k < zeroed.length; k += 2) {
            zeroed[k] = 0;
        }
        TrainingRequest repair = request(architecture, data, 100, 0).withStart(layout.toNetwork(zeroed), true);
        double[] repaired = ContractNetworks.parameters(backend.train(repair, TrainingListener.none()).network());
        for (int k = 0; k < repaired.length; k += 2) {
            assertEquals(0.0, repaired[k], "parameter " + k);
        }
        double plain = norm1(ContractNetworks.parameters(backend.train(request(architecture, data, 300, 0).withStart(trained, false), TrainingListener.none()).network()));
        double penalised = norm1(ContractNetworks.parameters(backend.train(request(architecture, data, 300, 0).withStart(trained, false).withL1(0.05),
                TrainingListener.none()).network()));
        assertTrue(penalised < plain, penalised + " < " + plain + " (start " + norm1(start) + ")");
    }

    private static double norm1(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += Math.abs(v);
        }
        return sum;
    }
}
