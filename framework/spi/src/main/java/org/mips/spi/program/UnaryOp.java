package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Operators of one operand. Semantics are in {@link Arithmetic}. */
public enum UnaryOp {
    /** Arithmetic negation. */
    @JsonProperty("neg") NEG,
    /** Absolute value. */
    @JsonProperty("abs") ABS,
    /** Logical not: 1 if the operand is 0, else 0. */
    @JsonProperty("not") NOT;

    /** Whether the result is always 0 or 1. */
    public boolean isLogical() {
        return this == NOT;
    }
}
