package org.mips.normalizers;

import java.util.Optional;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.training.TrainingResult;
import org.pf4j.Extension;

/**
 * Quantisation with repair (reference section 3.6): snaps weights near integers (section 4.5), then, if
 * that broke the network, retrains it with every exact zero frozen until it is perfect again, and snaps
 * once more if the snapped network stays perfect. The reference retrained 10,000 steps after its chain;
 * here training stops at the first perfect evaluation, within the host's time limit. When it cannot be
 * repaired the network comes back unchanged.
 */
@Extension
public final class RepairNormalizer implements Normalizer {

    static final int STEPS = 5000;

    private final QuantizeNormalizer quantize = new QuantizeNormalizer();

    @Override
    public String id() {
        return "repair";
    }

    @Override
    public String description() {
        return "Quantizes, then retrains with exact zeros frozen until the network is perfect again";
    }

    @Override
    public Optional<String> refusal(Network network, NormalizerContext context) {
        return context.backend().refusal(network.architecture()).map(reason -> "it retrains the network after quantizing it, and " + reason);
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        Retraining retraining = new Retraining(context);
        Network snapped = quantize.normalize(network, context);
        TrainingResult repaired = retraining.train(snapped, STEPS, true, 0, true, 2);
        if (!repaired.perfect()) {
            return network;
        }
        Network resnapped = quantize.normalize(repaired.network(), context);
        return resnapped.equals(repaired.network()) || !retraining.perfect(resnapped) ? repaired.network() : resnapped;
    }
}
