package org.mips.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.stages.RunArtifacts;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** {@code network.json} as the run store writes and reads it: schema 2 records the encodings; schema 1 reads as scalar. */
class NetworkJsonTest {

    @TempDir
    Path dir;

    /** One-hot and scalar inputs, categorical and scalar outputs. */
    private static Network mixed() {
        Encodings encodings = new Encodings(
                List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L)), new InputCode.Scalar()),
                List.of(new OutputCode.Categorical(List.of(-1L, 1L)), new OutputCode.Scalar()));
        return new Network(Architecture.linear(1), encodings,
                List.of(new DenseLayer(1, 5, new double[] {0, 0, 0, 1, 0.5}, new double[] {0})),
                List.of(new DenseLayer(3, 1, new double[] {-1, 1, 2}, new double[] {0, 0, 0})));
    }

    @Test
    void encodingsAreWrittenAndReadBack() throws Exception {
        Network network = mixed();
        RunStore.at(dir).write(RunArtifacts.NETWORK, network);
        String json = Files.readString(dir.resolve("network.json"));
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 2,\n"), json);
        assertTrue(json.contains("""
                  "encodings" : {
                    "inputs" : [ {
                      "kind" : "symbols",
                      "encoding" : "one-hot",
                      "symbols" : [ 0, 1, 2 ],
                      "vectors" : [ [ 1.0, 0.0, 0.0 ], [ 0.0, 1.0, 0.0 ], [ 0.0, 0.0, 1.0 ] ]
                    }, {
                      "kind" : "scalar"
                    } ],
                    "outputs" : [ {
                      "kind" : "categorical",
                      "values" : [ -1, 1 ]
                    }, {
                      "kind" : "scalar"
                    } ]
                  }
                """), json);
        Network read = RunStore.at(dir).read(RunArtifacts.NETWORK);
        assertEquals(network, read);
        assertEquals(network.encodings(), read.encodings());
        // h = [x0 == 2] + x1 / 2; logits (-h, h) read as -1 or 1; the scalar output 2h.
        long[][] x = {{2, 0}, {0, -4}, {1, 1}};
        assertArrayEquals(new double[][] {{1, 2}, {-1, -4}, {1, 1}}, read.run(x));
        assertArrayEquals(network.run(x), read.run(x));
    }

    @Test
    void aScalarNetworkRecordsItsScalarColumns() throws Exception {
        Network network = new Network(Architecture.linear(1), 2, 1,
                List.of(new DenseLayer(1, 3, new double[] {1, 1, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
        RunStore.at(dir).write(RunArtifacts.NETWORK, network);
        String json = Files.readString(dir.resolve("network.json"));
        assertTrue(json.contains("\"inputs\" : [ {\n      \"kind\" : \"scalar\"\n    }, {\n      \"kind\" : \"scalar\"\n    } ]"), json);
        assertEquals(network, RunStore.at(dir).read(RunArtifacts.NETWORK));
    }

    @Test
    void schemaOneHasNoEncodingsAndReadsAsScalar() throws Exception {
        Files.writeString(dir.resolve("network.json"), """
                {
                  "schemaVersion" : 1,
                  "architecture" : { "hiddenDim" : 1, "transitionDepth" : 1, "transitionWidth" : 0,
                                     "readoutDepth" : 1, "readoutWidth" : 0, "activation" : "relu" },
                  "inputDim" : 2,
                  "outputDim" : 1,
                  "transition" : [ { "rows" : 1, "cols" : 3, "weights" : [ 1.0, 1.0, -1.0 ], "bias" : [ 0.0 ] } ],
                  "readout" : [ { "rows" : 1, "cols" : 1, "weights" : [ 1.0 ], "bias" : [ 0.0 ] } ]
                }
                """);
        Network network = RunStore.at(dir).read(RunArtifacts.NETWORK);
        assertEquals(Encodings.scalar(2, 1), network.encodings());
        assertEquals(Network.SCHEMA_VERSION, network.schemaVersion());
        assertEquals(7.0, network.run(new long[][] {{3, -4}})[0][0]);
    }

    @Test
    void encodingsThatDoNotFitTheWeightsAreRefusedNamingTheFile() throws Exception {
        RunStore.at(dir).write(RunArtifacts.NETWORK, mixed());
        Path file = dir.resolve("network.json");
        // The first input column claims a fourth symbol, so the code takes 4 + 1 inputs where the network has 4.
        Files.writeString(file, Files.readString(file).replace("\"symbols\" : [ 0, 1, 2 ]", "\"symbols\" : [ 0, 1, 2, 3 ]")
                .replace("[ [ 1.0, 0.0, 0.0 ],", "[ [ 1.0, 0.0, 0.0, 0.0 ], [ 0.0, 0.0, 0.0, 1.0 ],")
                .replace("[ 0.0, 1.0, 0.0 ], [ 0.0, 0.0, 1.0 ] ]", "[ 0.0, 1.0, 0.0, 0.0 ], [ 0.0, 0.0, 1.0, 0.0 ] ]"));
        String message = assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(RunArtifacts.NETWORK)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        assertTrue(message.contains("the encodings take 5 inputs and give 3 outputs, but the network has 4 and 3"), message);
        assertEquals(1, message.lines().count(), message);
    }

    @Test
    void anUnknownKindOfCodeIsRefusedNamingTheFile() throws Exception {
        RunStore.at(dir).write(RunArtifacts.NETWORK, mixed());
        Path file = dir.resolve("network.json");
        Files.writeString(file, Files.readString(file).replace("\"kind\" : \"categorical\"", "\"kind\" : \"ordinal\""));
        String message = assertThrows(ArtifactException.class, () -> RunStore.at(dir).read(RunArtifacts.NETWORK)).getMessage();
        assertTrue(message.startsWith(file + ": "), message);
        assertTrue(message.contains("ordinal"), message);
        assertEquals(1, message.lines().count(), message);
    }
}
