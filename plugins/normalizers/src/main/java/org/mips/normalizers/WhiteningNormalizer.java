package org.mips.normalizers;

import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.simple.SimpleMatrix;
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
        Optional<SimpleMatrix> moment = HiddenStates.secondMoment(network, context.inputs());
        if (moment.isEmpty() || !Layers.finite(moment.get())) {
            return network;
        }
        return basis(moment.get()).flatMap(p -> ChangeOfBasis.apply(network, p)).orElse(network);
    }

    /**
     * {@code P = M^-1 = U diag(1/m) U^T}, since the new state is {@code P^-1 h = M h}; empty when the
     * eigendecomposition does not converge (nothing to whiten with).
     */
    private Optional<SimpleMatrix> basis(SimpleMatrix moment) {
        int n = moment.numRows();
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eigen.decompose(moment.getDDRM().copy())) {
            return Optional.empty();
        }
        SimpleMatrix p = new SimpleMatrix(n, n);
        for (int k = 0; k < n; k++) {
            double s = eigen.getEigenvalue(k).getReal();
            SimpleMatrix u = SimpleMatrix.wrap(eigen.getEigenVector(k));
            p = p.plus(u.mult(u.transpose()).scale(s > epsilon ? Math.sqrt(s) : 1));
        }
        return Optional.of(p);
    }
}
