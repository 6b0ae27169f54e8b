package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A variable carried from step to step: its value before the first step, and the expression that
 * computes its next value from the current state and the current inputs.
 */
public record StateVariable(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "initial", required = true) long initial,
        @JsonProperty(value = "next", required = true) Expr next) {

    public StateVariable {
        Program.checkName(name, "state variable");
        Objects.requireNonNull(next, () -> "state variable '" + name + "': missing 'next'");
    }
}
