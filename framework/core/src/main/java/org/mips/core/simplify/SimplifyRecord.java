package org.mips.core.simplify;

import java.util.List;

/**
 * What the normalizer chain did: {@code simplify.json}.
 *
 * @param task    the task
 * @param initial the metrics of the network the chain started from
 * @param steps   one entry per normalizer, in chain order
 * @param result  the metrics of the simplified network
 */
public record SimplifyRecord(String task, NetworkMetrics initial, List<SimplifyStep> steps, NetworkMetrics result) {
    public SimplifyRecord {
        steps = List.copyOf(steps);
    }

    public static SimplifyRecord of(String task, SimplifyReport report) {
        return new SimplifyRecord(task, report.initial(), report.steps(), report.result());
    }
}
