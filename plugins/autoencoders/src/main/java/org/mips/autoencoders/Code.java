package org.mips.autoencoders;

import java.util.Arrays;

/** An integer vector with value equality, for use as a map key (a code, an input or a rounded output). */
record Code(long[] values) {

    Code {
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Code c && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
