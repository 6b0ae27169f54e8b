package org.mips.core.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.encode.CategoricalEncoding;
import org.mips.core.encode.OneHotEncoding;
import org.mips.core.encode.ScalarEncoding;
import org.mips.core.testing.FakeComponents;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;
import org.mips.spi.task.Task;
import org.mips.testkit.ParityTask;

class NetworkImportTest {

    @TempDir
    Path dir;

    private final Task parity = new ParityTask();
    private final Map<String, TensorFile> files = new HashMap<>();

    /** Hands out the tensor files the test put under each name; the container format is not what is tested here. */
    private final NetworkImporter fake = new NetworkImporter() {
        @Override
        public String id() {
            return "fake";
        }

        @Override
        public String description() {
            return "tensor files of the test";
        }

        @Override
        public List<String> extensions() {
            return List.of("fake");
        }

        @Override
        public TensorFile read(Path file) {
            return files.get(file.getFileName().toString());
        }
    };

    @Test
    void aGeneralRnnThatComputesParityIsImportedWithItsPrefixDroppedAndIsPerfect() throws IOException {
        // h' = relu(x - h) + relu(h - x) = h xor x; y = h.
        Map<String, Tensor> t = generalRnnParity("model.");
        ImportedNetwork imported = read(file("parity.fake", t, Map.of()), ImportOptions.defaults());
        assertEquals(new Architecture(1, 2, 2, 1, 0, Activation.RELU), imported.network().architecture());
        assertEquals("general-rnn", imported.record().layout());
        assertTrue(imported.record().perfect(), imported.record().toString());
        assertEquals(1.0, imported.record().accuracy());
        assertEquals("model.hmlp.mlp.0.weight [2, 2]", imported.record().tensors().get("transition.0.weight"));
        assertTrue(imported.record().notes().get(0).contains("'model.'"), imported.record().notes().toString());
    }

    @Test
    void anImperfectNetworkIsImportedAndSaysSo() throws IOException {
        Map<String, Tensor> t = generalRnnParity("");
        t.put("ymlp.mlp.0.bias", tensor("ymlp.mlp.0.bias", new int[] {1}, 0.7)); // y = h + 0.7 rounds 0 to 1
        ImportRecord record = read(file("off.fake", t, Map.of()), ImportOptions.defaults()).record();
        assertEquals(false, record.perfect());
        assertTrue(record.wrongOutputs() > 0 && record.accuracy() < 1, record.toString());
    }

    @Test
    void aTorchRnnBecomesATwoLayerTransitionThatComputesTheSameFunction() throws IOException {
        int n = 3;
        Random random = new Random(5);
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("rnn.weight_ih_l0", randomTensor("rnn.weight_ih_l0", random, n, 1));
        t.put("rnn.weight_hh_l0", randomTensor("rnn.weight_hh_l0", random, n, n));
        t.put("rnn.bias_ih_l0", randomTensor("rnn.bias_ih_l0", random, n));
        t.put("rnn.bias_hh_l0", randomTensor("rnn.bias_hh_l0", random, n));
        t.put("fc.weight", randomTensor("fc.weight", random, 1, n));
        t.put("fc.bias", randomTensor("fc.bias", random, 1));
        ImportedNetwork imported = read(file("rnn.fake", t, Map.of()), ImportOptions.defaults());
        Network network = imported.network();
        assertEquals(new Architecture(n, 2, n, 1, 0, Activation.TANH), network.architecture());
        assertTrue(imported.record().notes().stream().anyMatch(note -> note.contains("PyTorch's default, tanh")), imported.record().notes().toString());
        double[] h = new double[n];
        for (double x : new double[] {1, 0, 1, 1, 0}) {
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                double z = t.get("rnn.weight_ih_l0").values()[i] * x + t.get("rnn.bias_ih_l0").values()[i] + t.get("rnn.bias_hh_l0").values()[i];
                for (int j = 0; j < n; j++) {
                    z += t.get("rnn.weight_hh_l0").values()[i * n + j] * h[j];
                }
                expected[i] = Math.tanh(z);
            }
            h = network.step(h, new double[] {x});
            assertArrayEquals(expected, h, 1e-12);
            double y = t.get("fc.bias").values()[0];
            for (int j = 0; j < n; j++) {
                y += t.get("fc.weight").values()[j] * h[j];
            }
            assertEquals(y, network.output(h)[0], 1e-12);
        }
    }

    @Test
    void theFilesMetadataNamesTheActivationAndTheOptionWinsOverIt() throws IOException {
        Map<String, Tensor> t = torchRnn(2, 1);
        Path file = file("relu.fake", t, Map.of("mips.activation", "relu"));
        assertEquals(Activation.RELU, read(file, ImportOptions.defaults()).network().architecture().activation());
        ImportOptions tanh = new ImportOptions(Optional.empty(), Optional.empty(), Optional.of(Activation.TANH), Optional.empty(), Map.of(),
                Optional.empty(), "scalar", "scalar");
        assertEquals(Activation.TANH, read(file, tanh).network().architecture().activation());
    }

    @Test
    void anExplicitMappingReadsOtherNames() throws IOException {
        Map<String, Tensor> general = generalRnnParity("");
        Map<String, Tensor> t = new LinkedHashMap<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        String[][] renames = {{"hmlp.mlp.0.weight", "cell.a", "transition.0.weight"}, {"hmlp.mlp.0.bias", "cell.b", "transition.0.bias"},
            {"hmlp.mlp.2.weight", "cell.c", "transition.1.weight"}, {"ymlp.mlp.0.weight", "out.w", "readout.0.weight"}};
        for (String[] r : renames) {
            Tensor from = general.get(r[0]);
            t.put(r[1], new Tensor(r[1], from.shape(), from.values()));
            mapping.put(r[2], r[1]);
        }
        ImportOptions options = new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), mapping,
                Optional.empty(), "scalar", "scalar");
        ImportedNetwork imported = read(file("mapped.fake", t, Map.of()), options);
        assertEquals("mapped", imported.record().layout());
        assertTrue(imported.record().perfect(), imported.record().toString());
    }

    @Test
    void badTensorsAreOneLineNamingTheFileAndTheTensor() throws IOException {
        Map<String, Tensor> missing = generalRnnParity("");
        missing.remove("ymlp.mlp.0.weight");
        missing.remove("ymlp.mlp.0.bias");
        assertProblem("missing.fake", missing, Map.of(), "tensor 'ymlp.mlp.0.weight': missing");

        Map<String, Tensor> extra = generalRnnParity("");
        extra.put("step", tensor("step", new int[] {1}, 3));
        assertProblem("extra.fake", extra, Map.of(), "tensor 'step': is not part of the general-rnn network");

        Map<String, Tensor> nan = generalRnnParity("");
        nan.put("hmlp.mlp.0.weight", tensor("hmlp.mlp.0.weight", new int[] {2, 2}, -1, 1, Double.NaN, -1));
        assertProblem("nan.fake", nan, Map.of(), "tensor 'hmlp.mlp.0.weight': holds NaN at [1, 0]");

        Map<String, Tensor> infinite = generalRnnParity("");
        infinite.put("ymlp.mlp.0.bias", tensor("ymlp.mlp.0.bias", new int[] {1}, Double.NEGATIVE_INFINITY));
        assertProblem("inf.fake", infinite, Map.of(), "tensor 'ymlp.mlp.0.bias': holds -infinity at [0]");

        Map<String, Tensor> wide = generalRnnParity("");
        wide.put("hmlp.mlp.0.weight", tensor("hmlp.mlp.0.weight", new int[] {2, 3}, -1, 1, 0, 1, -1, 0));
        assertProblem("wide.fake", wide, Map.of(), "tensor 'hmlp.mlp.0.weight': reads 2 inputs beside the hidden state's 1, but Parity_All's 1 input column(s) make 1");

        Map<String, Tensor> twoOutputs = generalRnnParity("");
        twoOutputs.put("ymlp.mlp.0.weight", tensor("ymlp.mlp.0.weight", new int[] {2, 1}, 1, 1));
        twoOutputs.put("ymlp.mlp.0.bias", tensor("ymlp.mlp.0.bias", new int[] {2}, 0, 0));
        assertProblem("two.fake", twoOutputs, Map.of(), "tensor 'ymlp.mlp.0.weight': writes 2 outputs, but Parity_All's 1 output column(s) need 1");

        Map<String, Tensor> chain = generalRnnParity("");
        chain.put("hmlp.mlp.2.weight", tensor("hmlp.mlp.2.weight", new int[] {1, 3}, 1, 1, 1));
        assertProblem("chain.fake", chain, Map.of(), "tensor 'hmlp.mlp.2.weight': is [1, 3] and reads 3 values, but the layer before it (hmlp.mlp.0.weight) gives 2");

        Map<String, Tensor> odd = generalRnnParity("");
        odd.put("hmlp.mlp.3.weight", odd.remove("hmlp.mlp.2.weight"));
        odd.put("hmlp.mlp.3.bias", odd.remove("hmlp.mlp.2.bias"));
        assertProblem("odd.fake", odd, Map.of(), "even indices");

        Map<String, Tensor> twoLayers = torchRnn(2, 1);
        twoLayers.put("rnn.weight_ih_l1", randomTensor("rnn.weight_ih_l1", new Random(1), 2, 2));
        assertProblem("deep.fake", twoLayers, Map.of(), "tensor 'rnn.weight_ih_l1': an nn.RNN of two or more layers");

        Map<String, Tensor> lstm = torchRnn(2, 1);
        lstm.put("rnn.weight_hh_l0", randomTensor("rnn.weight_hh_l0", new Random(1), 8, 2));
        assertProblem("lstm.fake", lstm, Map.of(), "nn.LSTM or nn.GRU");

        Map<String, Tensor> farIndex = generalRnnParity("");
        farIndex.put("hmlp.mlp.99999999998.weight", tensor("hmlp.mlp.99999999998.weight", new int[] {1, 1}, 1));
        assertProblem("far.fake", farIndex, Map.of(), "tensor 'hmlp.mlp.99999999998.weight': is not part of the general-rnn network");

        Map<String, Tensor> overflowing = torchRnn(2, 1);
        overflowing.put("rnn.weight_hh_l0", tensor("rnn.weight_hh_l0", new int[] {2, 2}, 1e200, 0, 0, 1e200));
        overflowing.put("rnn.weight_ih_l0", tensor("rnn.weight_ih_l0", new int[] {2, 1}, 1, 1));
        overflowing.put("rnn.bias_ih_l0", tensor("rnn.bias_ih_l0", new int[] {2}, 1, 1));
        overflowing.put("rnn.bias_hh_l0", tensor("rnn.bias_hh_l0", new int[] {2}, 0, 0));
        overflowing.put("fc.weight", tensor("fc.weight", new int[] {1, 2}, 1, 1));
        assertProblem("overflow.fake", overflowing, Map.of("mips.activation", "relu"), "its outputs overflow on sequence 0 of the task's test split (NaN)");

        assertProblem("silu.fake", torchRnn(2, 1), Map.of("mips.activation", "silu"), "an nn.RNN's nonlinearity is tanh or relu, not silu");
        assertProblem("layout.fake", generalRnnParity(""), Map.of("mips.layout", "keras"), "its metadata (mips.layout) names layout 'keras'");
        assertProblem("act.fake", generalRnnParity(""), Map.of("mips.activation", "gelu"), "activation 'gelu'");
    }

    @Test
    void anArchitectureThatDoesNotFitTheTensorsIsRefused() throws IOException {
        ImportOptions options = new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
                Optional.of(Architecture.parse("1,2,4,1,0")), "scalar", "scalar");
        Path file = file("arch.fake", generalRnnParity(""), Map.of());
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> read(file, options));
        assertTrue(e.getMessage().contains("--arch 1,2,4,1,0 does not fit the tensors, which make 1,2,2,1,0"), e.getMessage());
    }

    @Test
    void aFileNoImporterReadsIsRefusedWithTheWayOut() throws IOException {
        Path file = Files.writeString(dir.resolve("model.pt"), "");
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> read(file, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("no installed importer reads .pt files") && e.getMessage().contains("export_general_rnn.py"), e.getMessage());
        NetworkFormatException absent = assertThrows(NetworkFormatException.class, () -> read(dir.resolve("absent.fake"), ImportOptions.defaults()));
        assertTrue(absent.getMessage().endsWith("absent.fake: no such file"), absent.getMessage());
    }

    private void assertProblem(String name, Map<String, Tensor> tensors, Map<String, String> metadata, String expected) throws IOException {
        Path file = file(name, tensors, metadata);
        NetworkFormatException e = assertThrows(NetworkFormatException.class, () -> read(file, ImportOptions.defaults()), name);
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    private ImportedNetwork read(Path file, ImportOptions options) {
        FakeComponents components = FakeComponents.of(new ScalarEncoding(), new OneHotEncoding(), new CategoricalEncoding(), fake);
        return new NetworkImport(components).read(file, options, parity, () -> parity.dataset(Task.STANDARD_DATA_SEED));
    }

    private Path file(String name, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        files.put(name, new TensorFile(tensors, metadata));
        return Files.writeString(dir.resolve(name), "");
    }

    private static Map<String, Tensor> generalRnnParity(String prefix) {
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put(prefix + "hmlp.mlp.0.weight", tensor(prefix + "hmlp.mlp.0.weight", new int[] {2, 2}, -1, 1, 1, -1));
        t.put(prefix + "hmlp.mlp.0.bias", tensor(prefix + "hmlp.mlp.0.bias", new int[] {2}, 0, 0));
        t.put(prefix + "hmlp.mlp.2.weight", tensor(prefix + "hmlp.mlp.2.weight", new int[] {1, 2}, 1, 1));
        t.put(prefix + "hmlp.mlp.2.bias", tensor(prefix + "hmlp.mlp.2.bias", new int[] {1}, 0));
        t.put(prefix + "ymlp.mlp.0.weight", tensor(prefix + "ymlp.mlp.0.weight", new int[] {1, 1}, 1));
        t.put(prefix + "ymlp.mlp.0.bias", tensor(prefix + "ymlp.mlp.0.bias", new int[] {1}, 0));
        return t;
    }

    private static Map<String, Tensor> torchRnn(int n, int inputs) {
        Random random = new Random(3);
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("rnn.weight_ih_l0", randomTensor("rnn.weight_ih_l0", random, n, inputs));
        t.put("rnn.weight_hh_l0", randomTensor("rnn.weight_hh_l0", random, n, n));
        t.put("rnn.bias_ih_l0", randomTensor("rnn.bias_ih_l0", random, n));
        t.put("rnn.bias_hh_l0", randomTensor("rnn.bias_hh_l0", random, n));
        t.put("fc.weight", randomTensor("fc.weight", random, 1, n));
        t.put("fc.bias", randomTensor("fc.bias", random, 1));
        return t;
    }

    private static Tensor tensor(String name, int[] shape, double... values) {
        return new Tensor(name, shape, values);
    }

    private static Tensor randomTensor(String name, Random random, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian();
        }
        return new Tensor(name, shape, values);
    }
}
