package org.mips.core.result;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a task got. */
public enum TaskStatus {
    /** Its program passed verification and was proven. */
    @JsonProperty("proven") PROVEN("verified and proven"),
    /** Its program passed verification, and was not proven. */
    @JsonProperty("solved") SOLVED("verified, not proven"),
    /** A stage found nothing: no perfect network, no machine, no formula, or a program that failed verification. */
    @JsonProperty("unsolved") UNSOLVED("a stage found nothing"),
    /** A stage crashed or ran out of time before there was a verified program. */
    @JsonProperty("failed") FAILED("crashed or ran out of time");

    private final String meaning;

    TaskStatus(String meaning) {
        this.meaning = meaning;
    }

    /** The name results.json and the tables use. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String meaning() {
        return meaning;
    }

    /** Whether the task got a verified program. */
    public boolean solved() {
        return this == PROVEN || this == SOLVED;
    }
}
