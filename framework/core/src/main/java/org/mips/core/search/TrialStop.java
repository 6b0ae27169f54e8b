package org.mips.core.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.mips.spi.training.StopReason;

/** Why a trial of a search stopped. */
public enum TrialStop {
    /** An evaluation was perfect. */
    @JsonProperty("perfect") PERFECT,
    /** It took all its steps without becoming perfect. */
    @JsonProperty("steps") STEPS,
    /** It made no progress for the search's patience; a failed seed, like {@link #STEPS}. */
    @JsonProperty("plateau") PLATEAU,
    /** The search's budget ran out while it trained; a failure then says little about the architecture. */
    @JsonProperty("deadline") DEADLINE,
    /** The search stopped it because its result was no longer needed, or gave up waiting for it. */
    @JsonProperty("cancelled") CANCELLED,
    /** The backend threw; the trial counts as a failed seed. */
    @JsonProperty("failed") FAILED;

    static TrialStop of(StopReason stop) {
        return switch (stop) {
            case PERFECT -> PERFECT;
            case STEPS -> STEPS;
            case DEADLINE -> DEADLINE;
        };
    }
}
