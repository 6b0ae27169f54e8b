package org.mips.spi.task;

import java.util.Objects;

/** Input sequences and their target outputs, aligned by index and step. */
public record Split(SequenceBatch x, SequenceBatch y) {
    public Split {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.count() != y.count() || x.length() != y.length()) {
            throw new IllegalArgumentException("x is " + x + " but y is " + y + "; counts and lengths must match");
        }
    }

    public int count() {
        return x.count();
    }
}
