package org.mips.normalizers;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * The transition MLP with its activations and biases dropped (reference section 4.2): the product
 * {@code W_L ... W_1} split into {@code hidden}, the columns that read {@code h} (n x n), and
 * {@code input}, the columns that read {@code x} (n x inputDim). For a depth-1 transition this is
 * exactly {@code W_h} and {@code W_x}.
 */
record LinearizedTransition(SimpleMatrix hidden, SimpleMatrix input) {

    static LinearizedTransition of(Network network) {
        List<DenseLayer> layers = network.transition();
        SimpleMatrix product = Layers.weights(layers.get(0));
        for (int l = 1; l < layers.size(); l++) {
            product = Layers.weights(layers.get(l)).mult(product);
        }
        int n = network.hiddenDim();
        int end = n + network.inputDim();
        return new LinearizedTransition(product.extractMatrix(0, n, 0, n), product.extractMatrix(0, n, n, end));
    }
}
