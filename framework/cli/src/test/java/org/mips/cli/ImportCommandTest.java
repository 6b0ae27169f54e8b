package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.imports.ImportRecord;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.network.Network;

/** {@code mips import} and {@code mips run --network} on safetensors files written here, good and damaged. */
class ImportCommandTest {

    @TempDir
    Path dir;

    /** A GeneralRNN that computes parity exactly: h' = relu(x - h) + relu(h - x), y = h. */
    private static Map<String, float[][]> parity() {
        Map<String, float[][]> t = new LinkedHashMap<>();
        t.put("hmlp.mlp.0.weight", new float[][] {{-1, 1}, {1, -1}});
        t.put("hmlp.mlp.0.bias", new float[][] {{0, 0}});
        t.put("hmlp.mlp.2.weight", new float[][] {{1, 1}});
        t.put("hmlp.mlp.2.bias", new float[][] {{0}});
        t.put("ymlp.mlp.0.weight", new float[][] {{1}});
        t.put("ymlp.mlp.0.bias", new float[][] {{0}});
        return t;
    }

    /** The file as safetensors writes it: F32, a bias as a vector, the header padded to 8 bytes. */
    private Path write(String name, Map<String, float[][]> tensors) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode header = json.createObjectNode();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (Map.Entry<String, float[][]> tensor : tensors.entrySet()) {
            float[][] rows = tensor.getValue();
            boolean vector = tensor.getKey().endsWith("bias");
            int begin = data.size();
            ByteBuffer bytes = ByteBuffer.allocate(4 * rows.length * rows[0].length).order(ByteOrder.LITTLE_ENDIAN);
            Arrays.stream(rows).forEach(row -> {
                for (float v : row) {
                    bytes.putFloat(v);
                }
            });
            data.writeBytes(bytes.array());
            ObjectNode entry = header.putObject(tensor.getKey());
            entry.put("dtype", "F32");
            if (vector) {
                entry.putArray("shape").add(rows[0].length);
            } else {
                entry.putArray("shape").add(rows.length).add(rows[0].length);
            }
            entry.putArray("data_offsets").add(begin).add(data.size());
        }
        StringBuilder text = new StringBuilder(header.toString());
        while ((8 + text.length()) % 8 != 0) {
            text.append(' ');
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer file = ByteBuffer.allocate(8 + head.length + data.size()).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(head.length).put(head).put(data.toByteArray());
        return Files.write(dir.resolve(name), file.array());
    }

    @Test
    void importsAGeneralRnnMeasuresItAndWritesTheNetworkAndItsRecord() throws IOException {
        Path file = write("parity.safetensors", parity());
        Path out = dir.resolve("run");
        Cli.Result result = Cli.run("import", file.toString(), "--task", "Parity_All", "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("Parity_All: general-rnn network from " + file + " (safetensors), 1,2,2,1,0 relu"), result::toString);
        assertTrue(result.out().contains("transition.0.weight                  <- hmlp.mlp.0.weight [2, 2]"), result::toString);
        assertTrue(result.out().contains("test split (100,000 sequences): every output right"), result::toString);
        assertTrue(result.out().contains("next: mips run Parity_All --from simplify --out " + out), result::toString);
        RunStore store = RunStore.at(out);
        Network network = store.read(RunArtifacts.NETWORK);
        assertEquals("1,2,2,1,0", network.architecture().toText());
        ImportRecord record = store.read(RunArtifacts.IMPORT);
        assertTrue(record.perfect());
        assertEquals(64, record.sha256().length());
    }

    @Test
    void anImperfectNetworkIsImportedWithAWarning() throws IOException {
        Map<String, float[][]> off = parity();
        off.put("ymlp.mlp.0.bias", new float[][] {{0.75f}});
        Cli.Result result = Cli.run("import", write("off.safetensors", off).toString(), "--task", "Parity_All", "--out", dir.resolve("run").toString());
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("warning: test split (100,000 sequences): ") && result.out().contains("the network is imperfect"), result::toString);
    }

    @Test
    void damagedFilesAndTensorsThatDoNotFitAreOneLineNamingTheFileAndTheTensorWithExitCode2() throws IOException {
        Path good = write("good.safetensors", parity());
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(dir.resolve("truncated.safetensors"), Arrays.copyOf(bytes, bytes.length - 2));
        assertRefused(truncated, "tensor 'ymlp.mlp.0.bias': its bytes");

        Path shortFile = Files.write(dir.resolve("short.safetensors"), new byte[] {1, 2, 3});
        assertRefused(shortFile, "too short for the 8-byte header length");

        byte[] longHeader = bytes.clone();
        ByteBuffer.wrap(longHeader).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 1 << 20);
        assertRefused(Files.write(dir.resolve("long.safetensors"), longHeader), "its header length 1048576 runs past the end of the file");

        Map<String, float[][]> nan = parity();
        nan.put("hmlp.mlp.2.weight", new float[][] {{1, Float.NaN}});
        assertRefused(write("nan.safetensors", nan), "tensor 'hmlp.mlp.2.weight': holds NaN at [0, 1]");

        Map<String, float[][]> extra = parity();
        extra.put("step_count", new float[][] {{3}});
        assertRefused(write("extra.safetensors", extra), "tensor 'step_count': is not part of the general-rnn network");

        Map<String, float[][]> missing = parity();
        missing.remove("hmlp.mlp.2.bias");
        assertRefused(write("missing.safetensors", missing), "tensor 'hmlp.mlp.2.bias': missing");

        Map<String, float[][]> wide = parity();
        wide.put("hmlp.mlp.0.weight", new float[][] {{-1, 1, 0}, {1, -1, 0}});
        assertRefused(write("wide.safetensors", wide), "tensor 'hmlp.mlp.0.weight': reads 2 inputs beside the hidden state's 1, but Parity_All's 1 "
                + "input column(s) make 1 with scalar inputs");

        assertRefused(write("arch.safetensors", parity()), "--arch 1,2,4,1,0 does not fit the tensors, which make 1,2,2,1,0", "--arch", "1,2,4,1,0");
        assertRefused(write("prefix.safetensors", parity()), "--readout-prefix names an nn.RNN's readout; the general-rnn layout does not take it",
                "--readout-prefix", "fc");
    }

    @Test
    void aRunOnABadNetworkLosesNothingOfTheRunAlreadyThere() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("import", write("good.safetensors", parity()).toString(), "--task", "Parity_All", "--out", out.toString()).exit());
        byte[] before = Files.readAllBytes(out.resolve("network.json"));
        Map<String, float[][]> nan = parity();
        nan.put("ymlp.mlp.0.weight", new float[][] {{Float.POSITIVE_INFINITY}});
        Cli.Result result = Cli.run("run", "Parity_All", "--network", write("inf.safetensors", nan).toString(), "--out", out.toString());
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().contains("tensor 'ymlp.mlp.0.weight': holds +infinity at [0, 0]"), result::toString);
        assertTrue(Arrays.equals(before, Files.readAllBytes(out.resolve("network.json"))), "the earlier import stays as it was");
    }

    @Test
    void networkGoesAloneAndImportOptionsOnlyWithIt() throws IOException {
        Path file = write("good.safetensors", parity());
        Cli.Result both = Cli.run("run", "Parity_All", "--network", file.toString(), "--from", "extract", "--out", dir.resolve("a").toString());
        assertEquals(2, both.exit(), both::toString);
        assertEquals("mips: give --network FILE or --from STAGE, not both", both.err().strip());
        Cli.Result stray = Cli.run("run", "Parity_All", "--layout", "torch-rnn", "--out", dir.resolve("b").toString());
        assertEquals(2, stray.exit(), stray::toString);
        assertTrue(stray.err().contains("go with --network FILE"), stray::toString);
        Cli.Result twice = Cli.run("import", file.toString(), "--task", "Parity_All", "--layout", "mapped", "--tensor", "readout.0.bias=a",
                "--tensor", "readout.0.bias=b", "--out", dir.resolve("c").toString());
        assertEquals(2, twice.exit(), twice::toString);
        assertEquals("mips: --tensor readout.0.bias=b: readout.0.bias is mapped twice (also to a); give each role once", twice.err().strip());
        Cli.Result noTask = Cli.run("import", file.toString());
        assertEquals(2, noTask.exit(), noTask::toString);
        assertEquals("mips: give --task ID or --data FILE (one of them)", noTask.err().strip());
    }

    private void assertRefused(Path file, String expected, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import", file.toString(), "--task", "Parity_All", "--out",
                dir.resolve("refused").toString()));
        args.addAll(java.util.List.of(more));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(2, result.exit(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("mips: " + file + ": ") && result.err().contains(expected), result::toString);
        assertFalse(Files.exists(dir.resolve("refused").resolve("network.json")), "nothing is written for a refused file");
    }
}
