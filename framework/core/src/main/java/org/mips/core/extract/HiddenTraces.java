package org.mips.core.extract;

import org.mips.spi.network.Network;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.task.SequenceBatch;

/**
 * Records a network's hidden states on input sequences, every step of every sequence (reference section
 * 5.1 kept only the last transition of each training sequence, so earlier steps reached its machine
 * only through the initial state).
 */
public final class HiddenTraces {

    private HiddenTraces() {
    }

    public static HiddenTrace record(Network network, SequenceBatch inputs) {
        int n = network.hiddenDim();
        int d = network.taskInputs();
        int k = network.taskOutputs();
        int rows = inputs.count() * inputs.length();
        double[] previous = new double[rows * n];
        long[] x = new long[rows * d];
        double[] next = new double[rows * n];
        double[] outputs = new double[rows * k];
        int[] steps = new int[rows];
        long[] xt = new long[d];
        int row = 0;
        for (int s = 0; s < inputs.count(); s++) {
            double[] h = new double[n];
            for (int t = 0; t < inputs.length(); t++, row++) {
                System.arraycopy(h, 0, previous, row * n, n);
                for (int i = 0; i < d; i++) {
                    x[row * d + i] = inputs.get(s, t, i);
                    xt[i] = x[row * d + i];
                }
                h = network.advance(h, xt);
                System.arraycopy(h, 0, next, row * n, n);
                System.arraycopy(network.read(h), 0, outputs, row * k, k);
                steps[row] = t;
            }
        }
        return new HiddenTrace(rows, n, d, k, previous, x, next, outputs, steps).withReadout(network::read).withTransition(network::advance);
    }
}
