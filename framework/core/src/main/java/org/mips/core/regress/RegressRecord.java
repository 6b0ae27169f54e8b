package org.mips.core.regress;

import java.util.List;

/**
 * What regression did: {@code regress.json}, a formula (or every regressor's verdict) per state variable and output.
 *
 * @param task     the task
 * @param formulas one per state variable, then one per output
 */
public record RegressRecord(String task, List<Formula> formulas) {
    public RegressRecord {
        formulas = List.copyOf(formulas);
    }
}
