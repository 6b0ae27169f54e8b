package org.mips.spi.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void linearRnnComputesARunningSum() {
        // h_t = 1 * h_{t-1} + 1 * x_t, y_t = h_t
        Network sum = new Network(Architecture.linear(1), 1, 1,
                List.of(new DenseLayer(1, 2, new double[] {1, 1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
        double[][] y = sum.run(new long[][] {{3}, {4}, {-2}});
        assertArrayEquals(new double[] {3}, y[0]);
        assertArrayEquals(new double[] {7}, y[1]);
        assertArrayEquals(new double[] {5}, y[2]);
    }

    @Test
    void activationSitsOnlyBetweenLayers() {
        // Transition: Linear(2->1) then ReLU then Linear(1->1) = -1 * relu(x); no activation on h itself.
        Architecture arch = new Architecture(1, 2, 1, 1, 0, Activation.RELU);
        Network net = new Network(arch, 1, 1,
                List.of(new DenseLayer(1, 2, new double[] {0, 1}, new double[] {0}),
                        new DenseLayer(1, 1, new double[] {-1}, new double[] {0})),
                List.of(new DenseLayer(1, 1, new double[] {1}, new double[] {0})));
        assertEquals(-5, net.run(new long[][] {{5}})[0][0]);
        assertEquals(0, net.run(new long[][] {{-5}})[0][0]);
    }

    @Test
    void shapesAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Network(Architecture.linear(2), 1, 1,
                List.of(new DenseLayer(2, 2, new double[4], new double[2])),
                List.of(new DenseLayer(1, 2, new double[2], new double[1]))));
        assertEquals("transition layer 0 is 2 x 2 but the architecture needs 2 x 3", e.getMessage());
    }

    @Test
    void architectureParsesTheCommandLineForm() {
        assertEquals(new Architecture(4, 2, 16, 1, 0, Activation.RELU), Architecture.parse("4,2,16,1,7"));
        assertEquals("4,2,16,1,0", Architecture.parse("4, 2, 16, 1, 7").toText());
        assertEquals("architecture '4,x,1,1,1': Lh = 'x' is not an integer",
                assertThrows(IllegalArgumentException.class, () -> Architecture.parse("4,x,1,1,1")).getMessage());
    }
}
