package org.mips.core.extract;

import java.util.List;

/**
 * What extraction did: {@code extract.json}.
 *
 * @param task       the task
 * @param traceRows  transitions in the hidden-state trace
 * @param candidates every detector's candidate
 * @param chosen     the chosen detector; null when none gave a deterministic machine
 * @param reason     why none was chosen; empty when one was
 * @param replay     the chosen machine replayed beside the network; null when none was chosen
 */
public record ExtractRecord(String task, int traceRows, List<Candidate> candidates, String chosen, String reason, MachineReplay replay) {
    public ExtractRecord {
        candidates = List.copyOf(candidates);
    }
}
