package org.mips.core.report;

import java.util.Locale;

/** How far a bench task got, with the colour the report gives it. */
enum Status {
    PROVEN("proven", "verified and proven with Dafny"),
    SOLVED("solved", "verified, not proven"),
    UNSOLVED("unsolved", "a stage found nothing"),
    FAILED("failed", "crashed or ran out of time"),
    UNKNOWN("unknown", "no status recorded");

    private final String label;
    private final String meaning;

    Status(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The status named in results.json; an unexpected name is UNKNOWN rather than an error. */
    static Status of(String name) {
        for (Status status : values()) {
            if (status.label.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return status;
            }
        }
        return UNKNOWN;
    }

    String label() {
        return label;
    }

    String meaning() {
        return meaning;
    }

    /** The CSS class that colours it. */
    String cssClass() {
        return "st-" + label;
    }

    /** Whether the task got a verified program. */
    boolean solved() {
        return this == PROVEN || this == SOLVED;
    }
}
