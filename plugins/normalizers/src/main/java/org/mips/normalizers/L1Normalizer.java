package org.mips.normalizers;

import java.util.Optional;
import java.util.List;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.training.TrainingResult;
import org.pf4j.Extension;

/**
 * L1 sparsification (reference section 3.5): retrains the network with an L1 penalty on every weight
 * and bias and keeps the largest strength of a grid whose training still ends perfect. The reference
 * trained each strength of its grid for up to 300,000 steps; here a bisection over the grid tries about
 * three, each for {@link #STEPS} steps within the host's time limit, assuming (as the reference's
 * selection does) that a strength that breaks the network breaks it for every larger one. Each training
 * returns its last perfect weights: the most sparsified that still work. When no strength keeps the
 * network perfect, or the backend is missing, the network comes back unchanged.
 */
@Extension
public final class L1Normalizer implements Normalizer {

    /** The strengths tried, ascending: the reference's grid from 1e-5 to 1e-2, in half-decade steps. */
    static final List<Double> STRENGTHS = List.of(1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2);
    static final int STEPS = 3000;

    @Override
    public String id() {
        return "l1";
    }

    @Override
    public String description() {
        return "Retrains with the largest L1 penalty that keeps the network perfect (bisection over 1e-5..1e-2)";
    }

    @Override
    public Optional<String> refusal(Network network, NormalizerContext context) {
        return context.backend().refusal(network.architecture()).map(reason -> "it retrains the network with an L1 penalty, and " + reason);
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        Retraining retraining = new Retraining(context);
        Network best = network;
        int perfect = -1;
        int broken = STRENGTHS.size();
        while (broken - perfect > 1 && retraining.hasTime()) {
            int middle = (perfect + broken) / 2;
            int left = 32 - Integer.numberOfLeadingZeros(broken - perfect - 1);
            TrainingResult result = retraining.train(network, STEPS, false, STRENGTHS.get(middle), false, left);
            if (result.perfect()) {
                perfect = middle;
                best = result.network();
            } else {
                broken = middle;
            }
        }
        return best;
    }
}
