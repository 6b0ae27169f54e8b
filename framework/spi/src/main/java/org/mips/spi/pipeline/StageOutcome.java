package org.mips.spi.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * How a stage ended: {@link Done} (it wrote its artifacts), {@link Stopped} (it honestly found nothing,
 * e.g. no perfect network within the budget, so the run ends here) or {@link Failed} (it threw, ran past
 * its deadline, or could not do its job; only this stage fails, and later stages that do not need its
 * artifacts still run).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "status")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StageOutcome.Done.class, name = "done"),
        @JsonSubTypes.Type(value = StageOutcome.Stopped.class, name = "stopped"),
        @JsonSubTypes.Type(value = StageOutcome.Failed.class, name = "failed")})
public sealed interface StageOutcome {

    /** The stage did its work. */
    record Done() implements StageOutcome {
    }

    /** The stage found nothing to pass on; {@code reason} says why, in one line. */
    record Stopped(String reason) implements StageOutcome {
        public Stopped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The stage failed; {@code reason} says how, in one line. */
    record Failed(String reason) implements StageOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static StageOutcome done() {
        return new Done();
    }

    static StageOutcome stopped(String reason) {
        return new Stopped(reason);
    }

    static StageOutcome failed(String reason) {
        return new Failed(reason);
    }

    /** The reason of a stopped or failed stage; empty when done. */
    default String reason() {
        return this instanceof Stopped s ? s.reason() : this instanceof Failed f ? f.reason() : "";
    }
}
