package org.mips.normalizers;

import java.util.Optional;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.pf4j.Extension;

/**
 * ZCA-whitens the hidden state (reference section 4.1): with {@code C = U diag(s) U^T} the uncentred
 * second moment of the states on the context's inputs, the new state is {@code M h} for
 * {@code M = U diag(m) U^T}, {@code m_i = 1/sqrt(s_i)} where {@code s_i > epsilon} and 1 otherwise, so
 * used directions get unit second moment and near-unused ones are left alone. A change of basis, so the
 * function is preserved; the network is unchanged when the sample is empty or {@link ChangeOfBasis}
 * refuses the basis.
 */
@Extension
public final class WhiteningNormalizer implements Normalizer {

    /** The threshold of the reference's normalizer chain (section 3.6). */
    public static final double DEFAULT_EPSILON = 0.1;

    private final double epsilon;

    public WhiteningNormalizer() {
        this(DEFAULT_EPSILON);
    }

    /** @param epsilon second moments at or below this are not rescaled */
    public WhiteningNormalizer(double epsilon) {
        if (!(epsilon >= 0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("whiten: epsilon must be non-negative and finite, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "whiten";
    }

    @Override
    public String description() {
        return "ZCA whitening of the hidden state on sample inputs; second moments up to " + epsilon + " left alone";
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        Optional<RealMatrix> moment = HiddenStates.secondMoment(network, context.inputs());
        if (moment.isEmpty() || !Layers.finite(moment.get())) {
            return network;
        }
        try {
            return ChangeOfBasis.apply(network, basis(moment.get())).orElse(network);
        } catch (MathRuntimeException failed) {
            return network; // the eigendecomposition did not converge: nothing to whiten with
        }
    }

    /** {@code P = M^-1 = U diag(1/m) U^T}, since the new state is {@code P^-1 h = M h}. */
    private RealMatrix basis(RealMatrix moment) {
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(moment);
        double[] s = eigen.getEigenvalues();
        double[] inverseScale = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            inverseScale[i] = s[i] > epsilon ? Math.sqrt(s[i]) : 1;
        }
        RealMatrix u = eigen.getV();
        return u.multiply(MatrixUtils.createRealDiagonalMatrix(inverseScale)).multiplyTransposed(u);
    }
}
