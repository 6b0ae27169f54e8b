package org.mips.backend.cpu;

import java.util.SplittableRandom;

/**
 * PyTorch's default {@code nn.Linear} initialisation (reference section 2.1): weights and biases
 * uniform in {@code ±1/sqrt(fan_in)}. The ranges are PyTorch's; the random stream is our own, seeded.
 */
final class Initializer {

    private Initializer() {
    }

    static double[] initialize(Layout layout, long seed) {
        double[] params = new double[layout.size];
        SplittableRandom random = new SplittableRandom(seed);
        for (Layout.Layer[] layers : new Layout.Layer[][] {layout.transition, layout.readout}) {
            for (Layout.Layer layer : layers) {
                double bound = 1 / Math.sqrt(layer.in());
                for (int k = 0; k < layer.out() * layer.in(); k++) {
                    params[layer.weights() + k] = random.nextDouble(-bound, bound);
                }
                for (int k = 0; k < layer.out(); k++) {
                    params[layer.biases() + k] = random.nextDouble(-bound, bound);
                }
            }
        }
        return params;
    }
}
