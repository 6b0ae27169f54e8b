package org.mips.normalizers;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.simple.SimpleMatrix;
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
    static SimpleMatrix wellConditioned(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = random.nextDouble(0.9, 1.1);
        }
        return orthogonal(n, random).mult(SimpleMatrix.diag(d)).mult(orthogonal(n, random));
    }

    /** Gaussian entries: usually far from orthogonal. */
    static SimpleMatrix gaussian(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return gaussian(n, random);
    }

    /**
     * The linear network (one transition, one readout layer) with hidden state {@code S^-1 h}: written
     * out by hand rather than through {@link ChangeOfBasis}, which is under test.
     */
    static Network disguised(Network network, SimpleMatrix s) {
        int n = network.hiddenDim();
        SimpleMatrix inverse = s.invert();
        SimpleMatrix transition = Layers.weights(network.transition().get(0));
        SimpleMatrix wh = inverse.mult(transition.extractMatrix(0, n, 0, n)).mult(s);
        SimpleMatrix wx = inverse.mult(transition.extractMatrix(0, n, n, n + network.inputDim()));
        SimpleMatrix both = new SimpleMatrix(n, n + network.inputDim());
        both.insertIntoThis(0, 0, wh);
        both.insertIntoThis(0, n, wx);
        DenseLayer readout = network.readout().get(0);
        return new Network(network.architecture(), network.inputDim(), network.outputDim(),
                List.of(Layers.layer(both, Layers.operate(inverse, network.transition().get(0).bias()))),
                List.of(Layers.layer(Layers.weights(readout).mult(s), readout.bias())));
    }

    private static SimpleMatrix orthogonal(int n, SplittableRandom random) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
        if (!qr.decompose(gaussian(n, random).getDDRM().copy())) {
            throw new ArithmeticException("QR decomposition failed");
        }
        return SimpleMatrix.wrap(qr.getQ(null, false));
    }

    private static SimpleMatrix gaussian(int n, SplittableRandom random) {
        SimpleMatrix m = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // Box-Muller; SplittableRandom has no nextGaussian in Java 17.
                double u = 1 - random.nextDouble();
                m.set(i, j, Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble()));
            }
        }
        return m;
    }
}
