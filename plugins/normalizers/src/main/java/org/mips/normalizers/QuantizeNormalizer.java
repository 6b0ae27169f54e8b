package org.mips.normalizers;

import jakarta.inject.Inject;
import java.util.List;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.pf4j.Extension;

/**
 * Snaps every weight and bias within the threshold of an integer to that integer (reference section
 * 4.5), rounding half to even like {@code np.round}. Approximate: each change is below the threshold.
 */
@Extension
public final class QuantizeNormalizer implements Normalizer {

    /** The threshold of the reference's normalizer chain (section 3.6). */
    public static final double DEFAULT_THRESHOLD = 0.01;

    private final double threshold;

    /** The configured threshold: {@code normalizer.quantize.threshold}. */
    public static final Setting<Double> THRESHOLD = Setting.decimal("normalizer.quantize.threshold", DEFAULT_THRESHOLD, 0, 0.5,
            "a weight or bias this close to an integer is replaced by it");

    public QuantizeNormalizer() {
        this(DEFAULT_THRESHOLD);
    }

    /** With the configured threshold. */
    @Inject
    public QuantizeNormalizer(Settings settings) {
        this(settings.get(THRESHOLD));
    }

    /** @param threshold values with {@code |round(v) - v| < threshold} are replaced by {@code round(v)} */
    public QuantizeNormalizer(double threshold) {
        if (!(threshold >= 0 && threshold <= 0.5)) {
            throw new IllegalArgumentException("quantize: threshold must be in [0, 0.5], got " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public String id() {
        return "quantize";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(THRESHOLD);
    }

    @Override
    public String description() {
        return "Rounds weights and biases within " + threshold + " of an integer to that integer";
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        return Layers.rebuilt(network, quantized(network.transition()), quantized(network.readout()));
    }

    private List<DenseLayer> quantized(List<DenseLayer> layers) {
        return layers.stream()
                .map(l -> new DenseLayer(l.rows(), l.cols(), quantized(l.weights()), quantized(l.bias())))
                .toList();
    }

    private double[] quantized(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            double rounded = Math.rint(out[i]); // half to even
            if (Math.abs(rounded - out[i]) < threshold) {
                out[i] = rounded + 0.0; // + 0.0 turns -0.0 into 0.0, so snapped zeros print as 0
            }
        }
        return out;
    }
}
