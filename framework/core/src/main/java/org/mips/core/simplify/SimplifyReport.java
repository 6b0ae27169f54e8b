package org.mips.core.simplify;

import java.util.List;
import org.mips.spi.network.Network;

/**
 * The result of a normalizer chain.
 *
 * @param initial the metrics of the network the chain started from
 * @param steps   one entry per normalizer, in chain order
 * @param network the simplified network: the output of the last normalizer that was applied
 */
public record SimplifyReport(NetworkMetrics initial, List<SimplifyStep> steps, Network network) {
    public SimplifyReport {
        steps = List.copyOf(steps);
    }

    /** The metrics of {@link #network}. */
    public NetworkMetrics result() {
        NetworkMetrics current = initial;
        for (SimplifyStep step : steps) {
            if (step.status() == SimplifyStep.Status.APPLIED) {
                current = step.after();
            }
        }
        return current;
    }
}
