package org.mips.core.regress;

import java.util.List;

/**
 * What verification found: {@code verification.json}.
 *
 * @param task   the task
 * @param passed whether every check passed
 * @param checks every check, in order
 */
public record VerificationRecord(String task, boolean passed, List<Verification.Check> checks) {
    public VerificationRecord {
        checks = List.copyOf(checks);
    }

    public static VerificationRecord of(String task, Verification verification) {
        return new VerificationRecord(task, verification.passed(), verification.checks());
    }
}
