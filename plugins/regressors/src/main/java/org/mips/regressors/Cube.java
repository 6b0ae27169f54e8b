package org.mips.regressors;

/**
 * A product term over the variables of a {@link TruthTable}: variable {@code j} appears when bit
 * {@code j} of {@code mask} is set, positive when bit {@code j} of {@code bits} is set too.
 */
record Cube(int mask, int bits) {

    boolean covers(int minterm) {
        return (minterm & mask) == bits;
    }

    int literals() {
        return Integer.bitCount(mask);
    }

    int negations() {
        return Integer.bitCount(mask & ~bits);
    }

    /**
     * IR nodes this term adds to a sum of products: its literals, a {@code not} per negative one, the
     * {@code and}s joining them and the {@code or} joining it to the other terms.
     */
    int cost() {
        return 2 * literals() + negations();
    }
}
