package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

class LinearizedTransitionTest {

    @Test
    void multipliesTheLayersAndSplitsHiddenFromInputColumns() {
        // n = 2, one input, width 3: W_1 is 3 x 3, W_2 is 2 x 3.
        DenseLayer w1 = new DenseLayer(3, 3, new double[] {1, 0, 2, 0, 1, -1, 1, 1, 0}, new double[] {5, 5, 5});
        DenseLayer w2 = new DenseLayer(2, 3, new double[] {1, 2, 0, 0, 1, 3}, new double[] {7, 7});
        Network network = new Network(new Architecture(2, 2, 3, 1, 0, Activation.RELU), 1, 1, List.of(w1, w2),
                List.of(new DenseLayer(1, 2, new double[] {1, 1}, new double[] {0})));
        LinearizedTransition linear = LinearizedTransition.of(network);
        // W_2 W_1 = [[1, 2, 0], [3, 4, -1]]; biases and ReLU are ignored.
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, linear.hidden().toArray2());
        assertArrayEquals(new double[][] {{0}, {-1}}, linear.input().toArray2());
    }
}
