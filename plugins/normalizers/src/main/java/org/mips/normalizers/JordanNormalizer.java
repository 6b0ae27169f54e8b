package org.mips.normalizers;

import jakarta.inject.Inject;
import java.util.List;
import org.ejml.data.SingularMatrixException;
import org.ejml.simple.SimpleMatrix;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.pf4j.Extension;

/**
 * Puts the linearised transition {@code W = (W_L ... W_1)[:, :n]} into real Jordan form (reference
 * section 4.2): eigenvalues closer than epsilon are merged, conjugate pairs become 2 x 2
 * rotation-scaling blocks. Three passes {@code P <- P jcf(P^-1 W P)} refine the basis; a pass that fails
 * numerically is skipped. A change of basis, so the network's function is preserved; when every pass
 * fails, or the basis is refused by {@link ChangeOfBasis} (ill-conditioned, or a weight above 1e4), the
 * network is returned unchanged.
 */
@Extension
public final class JordanNormalizer implements Normalizer {

    /** The tolerance of the reference's normalizer chain (section 3.6). */
    public static final double DEFAULT_EPSILON = 0.7;
    private static final int PASSES = 3;

    private final double epsilon;

    /** The configured tolerance: {@code normalizer.jordan.epsilon}. */
    public static final Setting<Double> EPSILON = Setting.decimal("normalizer.jordan.epsilon", DEFAULT_EPSILON, 1e-9, 1e9,
            "eigenvalues closer than this are clustered into one Jordan block; also the singular-value rank threshold");

    public JordanNormalizer() {
        this(DEFAULT_EPSILON);
    }

    /** With the configured tolerance. */
    @Inject
    public JordanNormalizer(Settings settings) {
        this(settings.get(EPSILON));
    }

    /** @param epsilon eigenvalue clustering distance and singular-value rank threshold */
    public JordanNormalizer(double epsilon) {
        if (!(epsilon > 0 && Double.isFinite(epsilon))) {
            throw new IllegalArgumentException("jordan: epsilon must be positive and finite, got " + epsilon);
        }
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "jordan";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(EPSILON);
    }

    @Override
    public String description() {
        return "Real Jordan form of the linearised transition, eigenvalues within " + epsilon + " merged";
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        SimpleMatrix w = LinearizedTransition.of(network).hidden();
        if (!Layers.finite(w)) {
            return network;
        }
        SimpleMatrix p = SimpleMatrix.identity(network.hiddenDim());
        boolean changed = false;
        for (int pass = 0; pass < PASSES; pass++) {
            try {
                SimpleMatrix current = p.solve(w.mult(p));
                p = p.mult(RealJordanBasis.of(current, epsilon));
                changed = true;
            } catch (ArithmeticException | SingularMatrixException failed) {
                // The reference skips a pass that throws (section 4.2, accurate_jcf); so do we.
            }
        }
        return changed ? ChangeOfBasis.apply(network, p).orElse(network) : network;
    }
}
