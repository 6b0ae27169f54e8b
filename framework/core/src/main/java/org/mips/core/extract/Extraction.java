package org.mips.core.extract;

import java.util.List;
import java.util.Optional;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.StateMachine;

/**
 * The outcome of extraction: every detector's candidate and, when one yielded a deterministic machine,
 * the chosen representation and its machine.
 *
 * @param machines every detector's deterministic machine, the chosen one first, then in the detectors' order
 */
public record Extraction(List<Candidate> candidates, Optional<Representation> representation, Optional<StateMachine> machine,
        List<MachineCandidates.Entry> machines) {
    public Extraction {
        candidates = List.copyOf(candidates);
        machines = List.copyOf(machines);
    }

    /** Why nothing was chosen: every detector's reason, one clause each. */
    public String whyNone() {
        StringBuilder why = new StringBuilder();
        for (Candidate c : candidates) {
            why.append(why.length() == 0 ? "" : "; ").append(c.detector()).append(": ").append(c.reason());
        }
        return why.length() == 0 ? "no detector is installed" : why.toString();
    }
}
