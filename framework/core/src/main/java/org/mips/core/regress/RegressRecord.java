package org.mips.core.regress;

import java.util.List;

/**
 * What regression did: {@code regress.json}, the chosen program's formulas (or every regressor's verdict)
 * per state variable and output, and every candidate machine tried with its program's size and why it lost.
 *
 * @param task       the task
 * @param formulas   the chosen candidate's, one per state variable, then one per output
 * @param chosen     the chosen candidate's name ({@link ProgramCandidate#name()}); empty when there were none
 * @param candidates every machine and numbering tried, in order
 */
public record RegressRecord(String task, List<Formula> formulas, String chosen, List<ProgramCandidate> candidates) {
    public RegressRecord {
        formulas = List.copyOf(formulas);
        chosen = chosen == null ? "" : chosen;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A record of one machine's regression, with no candidates beside it. */
    public RegressRecord(String task, List<Formula> formulas) {
        this(task, formulas, "", List.of());
    }
}
