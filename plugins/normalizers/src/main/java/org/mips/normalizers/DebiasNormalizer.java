package org.mips.normalizers;

import java.util.ArrayList;
import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.pf4j.Extension;

/**
 * Removes the part of the state's bias that the recurrence does not read (reference section 4.4). With
 * {@code R = W_1[:, :n]} and {@code Pi} the projection on its numerical null space (right singular
 * vectors with singular value at most epsilon), {@code b_L <- (I - Pi) b_L}, and the first readout
 * bias absorbs what the readout saw of it: {@code c_1 <- c_1 + V_1 Pi b_L}. The readout is compensated
 * exactly; the next state changes by {@code R Pi b_L}, which is zero only when the dropped singular
 * values are, so this normalizer is approximate.
 */
@Extension
public final class DebiasNormalizer implements Normalizer {

    /** The threshold of the reference's normalizer chain (section 3.6). */
    public static final double DEFAULT_EPSILON = 0.1;

    private final double epsilon;

    public DebiasNormalizer() {
        this(DEFAULT_EPSILON);
    }

    /** @param epsilon singular values of {@code W_1[:, :n]} at or below this count as zero */
    public DebiasNormalizer(double epsilon) {
        if (!(epsilon >= 0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("debias: epsilon must be non-negative and finite, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "debias";
    }

    @Override
    public String description() {
        return "Moves the state bias the recurrence cannot see (singular values up to " + epsilon + ") into the readout";
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        SimpleMatrix projection = nullSpaceProjection(network);
        if (!Layers.finite(projection)) {
            return network;
        }
        List<DenseLayer> transition = new ArrayList<>(network.transition());
        int last = transition.size() - 1;
        DenseLayer writer = transition.get(last);
        double[] dropped = Layers.operate(projection, writer.bias());
        double[] kept = writer.bias().clone();
        for (int i = 0; i < kept.length; i++) {
            kept[i] -= dropped[i];
        }
        transition.set(last, new DenseLayer(writer.rows(), writer.cols(), writer.weights().clone(), kept));

        List<DenseLayer> readout = new ArrayList<>(network.readout());
        DenseLayer reader = readout.get(0);
        double[] seen = Layers.operate(Layers.weights(reader), dropped);
        double[] bias = reader.bias().clone();
        for (int i = 0; i < bias.length; i++) {
            bias[i] += seen[i];
        }
        readout.set(0, new DenseLayer(reader.rows(), reader.cols(), reader.weights().clone(), bias));
        return Layers.rebuilt(network, transition, readout);
    }

    /**
     * {@code N N^T} for the right singular vectors N of {@code R} with singular value at most epsilon.
     * R is padded with zero rows to be square, so the SVD's n right singular vectors cover the whole
     * null space (the padding adds zero singular values). A non-finite R, or an SVD that does not
     * converge, gives a non-finite projection, which the caller treats as nothing to move.
     */
    private SimpleMatrix nullSpaceProjection(Network network) {
        int n = network.hiddenDim();
        DenseLayer first = network.transition().get(0);
        SimpleMatrix r = new SimpleMatrix(Math.max(first.rows(), n), n);
        for (int row = 0; row < first.rows(); row++) {
            for (int c = 0; c < n; c++) {
                r.set(row, c, first.weight(row, c));
            }
        }
        if (!Layers.finite(r)) {
            return r;
        }
        SimpleSVD<SimpleMatrix> svd;
        try {
            svd = r.svd();
        } catch (RuntimeException notConverged) {
            return SimpleMatrix.filled(n, n, Double.NaN); // EJML reports a failed decomposition as a plain RuntimeException
        }
        SimpleMatrix v = svd.getV();
        SimpleMatrix projection = new SimpleMatrix(n, n);
        for (int k = 0; k < n; k++) {
            if (svd.getSingleValue(k) <= epsilon) {
                SimpleMatrix column = v.extractMatrix(0, n, k, k + 1);
                projection = projection.plus(column.mult(column.transpose()));
            }
        }
        return projection;
    }
}
