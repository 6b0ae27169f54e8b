package org.mips.regressors.numbering;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of an update that reads the inputs: {@code b·x + k} with small integer coefficients. Counters and
 * carries add one to their code; {@link #small} lists them in the order they are tried.
 *
 * @param b the inputs' coefficients
 * @param k the constant
 */
record InputTerm(long[] b, long k) {

    /** The largest coefficient, in absolute value, tried. */
    static final int MAX_STEP = 3;

    long apply(List<Long> x) {
        long v = k;
        for (int i = 0; i < b.length; i++) {
            v += b[i] * x.get(i);
        }
        return v;
    }

    /**
     * Every term over {@code d} inputs with coefficients in [-{@value #MAX_STEP}, {@value #MAX_STEP}], small
     * before large (0, 1, -1, 2, ...), the first input's fastest, whose first non-zero coefficient is positive:
     * among the inputs' only when {@code mustReadInputs} (a carry must read its inputs), else among all
     * (a counter of time alone counts up). The negated codes are the same machine with every sign flipped,
     * so the other half adds nothing.
     */
    static List<InputTerm> small(int d, boolean mustReadInputs) {
        int width = 2 * MAX_STEP + 1;
        int[] order = ResidueNumbering.smallFirst(width);
        List<InputTerm> terms = new ArrayList<>();
        int[] digits = new int[d + 1];
        do {
            long[] values = new long[d + 1];
            long leading = 0;
            for (int i = 0; i <= d; i++) {
                int v = order[digits[i]];
                values[i] = v > MAX_STEP ? v - width : v;
                if (leading == 0 && (i < d || !mustReadInputs)) {
                    leading = values[i];
                }
            }
            if (leading > 0) {
                long[] b = new long[d];
                System.arraycopy(values, 0, b, 0, d);
                terms.add(new InputTerm(b, values[d]));
            }
        } while (ResidueNumbering.increment(digits, width));
        return terms;
    }
}
