package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One input stream of a program: at every step it holds one integer in {@code [min, max]}, the
 * task's alphabet. The range is part of the contract: emitters may state it (Dafny {@code requires})
 * and checks sample from it.
 */
public record Input(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "min", required = true) long min,
        @JsonProperty(value = "max", required = true) long max) {

    public Input {
        Program.checkName(name, "input");
        if (min > max) {
            throw new IllegalArgumentException("input '" + name + "': min " + min + " is greater than max " + max);
        }
    }

    /** Whether every value of this input is 0 or 1. */
    @JsonIgnore
    public boolean isBit() {
        return min >= 0 && max <= 1;
    }
}
