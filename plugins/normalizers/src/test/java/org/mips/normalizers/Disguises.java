package org.mips.normalizers;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/** Random changes of basis that hide a known structure, for truth tests. */
final class Disguises {

    private Disguises() {
    }

    /**
     * {@code Q1 diag(d) Q2} with random orthogonal {@code Q1, Q2} and {@code d} in [0.9, 1.1]: condition
     * number at most 1.23. The reference's rank threshold is absolute (section 4.2), so a Jordan
     * coupling of size 1 stays above epsilon = 0.7 only in bases that do not shrink it by more than that.
     */
    static RealMatrix wellConditioned(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = random.nextDouble(0.9, 1.1);
        }
        return orthogonal(n, random).multiply(MatrixUtils.createRealDiagonalMatrix(d)).multiply(orthogonal(n, random));
    }

    /** Gaussian entries: usually far from orthogonal. */
    static RealMatrix gaussian(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return gaussian(n, random);
    }

    /**
     * The linear network (one transition, one readout layer) with hidden state {@code S^-1 h}: written
     * out by hand rather than through {@link ChangeOfBasis}, which is under test.
     */
    static Network disguised(Network network, RealMatrix s) {
        int n = network.hiddenDim();
        RealMatrix inverse = MatrixUtils.inverse(s);
        RealMatrix transition = Layers.weights(network.transition().get(0));
        RealMatrix wh = inverse.multiply(transition.getSubMatrix(0, n - 1, 0, n - 1)).multiply(s);
        RealMatrix wx = inverse.multiply(transition.getSubMatrix(0, n - 1, n, n + network.inputDim() - 1));
        RealMatrix both = MatrixUtils.createRealMatrix(n, n + network.inputDim());
        both.setSubMatrix(wh.getData(), 0, 0);
        both.setSubMatrix(wx.getData(), 0, n);
        DenseLayer readout = network.readout().get(0);
        return new Network(network.architecture(), network.inputDim(), network.outputDim(),
                List.of(Layers.layer(both, inverse.operate(network.transition().get(0).bias()))),
                List.of(Layers.layer(Layers.weights(readout).multiply(s), readout.bias())));
    }

    private static RealMatrix orthogonal(int n, SplittableRandom random) {
        return new QRDecomposition(gaussian(n, random)).getQ();
    }

    private static RealMatrix gaussian(int n, SplittableRandom random) {
        RealMatrix m = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Box-Muller; SplittableRandom has no nextGaussian in Java 17.
                double u = 1 - random.nextDouble();
                m.setEntry(i, j, Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble()));
            }
        }
        return m;
    }
}
