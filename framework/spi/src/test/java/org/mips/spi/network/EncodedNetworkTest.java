package org.mips.spi.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;

/** A network with encodings: its widths are theirs, and it speaks in the task's columns. */
class EncodedNetworkTest {

    /** One-hot input over {0, 1, 2}, categorical output over {0, 1}. */
    static final Encodings SYMBOLIC = new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L))),
            List.of(new OutputCode.Categorical(List.of(0L, 1L))));

    /** {@code h = [x == 2]}, logits {@code (-h, h)}: outputs 1 after a 2, else 0 (the first of the tied logits at h = 0). */
    static Network sawTwo() {
        return new Network(Architecture.linear(1), SYMBOLIC,
                List.of(new DenseLayer(1, 4, new double[] {0, 0, 0, 1}, new double[] {0})),
                List.of(new DenseLayer(2, 1, new double[] {-1, 1}, new double[] {0, 0})));
    }

    @Test
    void widthsAreTheEncodingsAndColumnsTheTasks() {
        Network network = sawTwo();
        assertEquals(3, network.inputDim());
        assertEquals(2, network.outputDim());
        assertEquals(1, network.taskInputs());
        assertEquals(1, network.taskOutputs());
        assertEquals(Network.SCHEMA_VERSION, network.schemaVersion());
        assertSame(SYMBOLIC, network.encodings());
    }

    @Test
    void runEncodesInputsAndReadsValues() {
        Network network = sawTwo();
        double[][] y = network.run(new long[][] {{2}, {0}, {1}, {2}});
        assertArrayEquals(new double[][] {{1}, {0}, {0}, {1}}, y);
        double[] h = network.advance(new double[1], new long[] {2});
        assertArrayEquals(new double[] {1}, h);
        assertArrayEquals(new double[] {-1, 1}, network.output(h), "the logits");
        assertArrayEquals(new double[] {1}, network.read(h), "the value");
        assertThrows(IllegalArgumentException.class, () -> network.run(new long[][] {{3}}), "outside the alphabet");
    }

    @Test
    void withLayersKeepsTheEncodings() {
        Network network = sawTwo();
        Network other = network.withLayers(List.of(new DenseLayer(1, 4, new double[] {0, 1, 0, 0}, new double[] {0})),
                network.readout());
        assertEquals(SYMBOLIC, other.encodings());
        assertArrayEquals(new double[][] {{1}, {0}}, other.run(new long[][] {{0}, {2}}));
    }

    @Test
    void encodingsWhoseWidthsDoNotMatchAreRefused() {
        List<DenseLayer> transition = List.of(new DenseLayer(1, 2, new double[2], new double[1]));
        List<DenseLayer> readout = List.of(new DenseLayer(1, 1, new double[1], new double[1]));
        IllegalArgumentException inputs = assertThrows(IllegalArgumentException.class, () -> new Network(Network.SCHEMA_VERSION,
                Architecture.linear(1), 1, 1, transition, readout, new Encodings(List.of(InputCode.Symbols.oneHot("one-hot",
                        List.of(0L, 1L, 2L))), List.of(new OutputCode.Scalar()))));
        assertEquals("the encodings take 3 inputs and give 1 outputs, but the network has 1 and 1", inputs.getMessage());
        IllegalArgumentException outputs = assertThrows(IllegalArgumentException.class, () -> new Network(Network.SCHEMA_VERSION,
                Architecture.linear(1), 1, 1, transition, readout, new Encodings(List.of(new InputCode.Scalar()),
                        List.of(new OutputCode.Categorical(List.of(0L, 1L))))));
        assertEquals("the encodings take 1 inputs and give 2 outputs, but the network has 1 and 1", outputs.getMessage());
    }

    @Test
    void schemaOneIsTheScalarSetupAndLaterSchemasAreRefused() {
        List<DenseLayer> transition = List.of(new DenseLayer(1, 3, new double[3], new double[1]));
        List<DenseLayer> readout = List.of(new DenseLayer(1, 1, new double[1], new double[1]));
        Network old = new Network(1, Architecture.linear(1), 2, 1, transition, readout, null);
        assertEquals(Encodings.scalar(2, 1), old.encodings());
        assertEquals(Network.SCHEMA_VERSION, old.schemaVersion(), "written back as the current schema");
        assertEquals(new Network(Architecture.linear(1), 2, 1, transition, readout), old);
        assertEquals("unsupported network schemaVersion 3", assertThrows(IllegalArgumentException.class,
                () -> new Network(3, Architecture.linear(1), 2, 1, transition, readout, null)).getMessage());
    }
}
