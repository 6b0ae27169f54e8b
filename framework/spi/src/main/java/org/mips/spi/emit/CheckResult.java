package org.mips.spi.emit;

import java.util.Objects;

/**
 * The verdict of an emitter's check of its own output.
 *
 * @param status what the check concluded
 * @param detail one line: what was checked, or the counterexample, or why the check could not run
 */
public record CheckResult(Status status, String detail) {

    public enum Status {
        /** The emitted code was run (or proved) and agrees with the program. */
        PASSED,
        /** The emitted code disagrees with the program, or does not compile. */
        FAILED,
        /** The tool needed for the check is not installed; nothing is claimed. */
        NOT_AVAILABLE
    }

    public CheckResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static CheckResult passed(String detail) {
        return new CheckResult(Status.PASSED, detail);
    }

    public static CheckResult failed(String detail) {
        return new CheckResult(Status.FAILED, detail);
    }

    public static CheckResult notAvailable(String detail) {
        return new CheckResult(Status.NOT_AVAILABLE, detail);
    }
}
