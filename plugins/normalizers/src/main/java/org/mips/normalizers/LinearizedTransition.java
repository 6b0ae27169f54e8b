package org.mips.normalizers;

import java.util.List;
import org.hipparchus.linear.RealMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * The transition MLP with its activations and biases dropped (reference section 4.2): the product
 * {@code W_L ... W_1} split into {@code hidden}, the columns that read {@code h} (n x n), and
 * {@code input}, the columns that read {@code x} (n x inputDim). For a depth-1 transition this is
 * exactly {@code W_h} and {@code W_x}.
 */
record LinearizedTransition(RealMatrix hidden, RealMatrix input) {

    static LinearizedTransition of(Network network) {
        List<DenseLayer> layers = network.transition();
        RealMatrix product = Layers.weights(layers.get(0));
        for (int l = 1; l < layers.size(); l++) {
            product = Layers.weights(layers.get(l)).multiply(product);
        }
        int n = network.hiddenDim();
        int last = n + network.inputDim() - 1;
        return new LinearizedTransition(product.getSubMatrix(0, n - 1, 0, n - 1),
                product.getSubMatrix(0, n - 1, n, last));
    }
}
