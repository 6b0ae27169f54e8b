package org.mips.autoencoders;

import org.mips.spi.represent.Representation;

/**
 * The description length of reference section 5.3, the one score every detector reports:
 * <pre>
 *   DL = mean log2(1 + |z|) + mean log2(1 + |h - decode(z)| / eps),   z = encode(h), eps = 1e-2
 * </pre>
 * The first mean is over every integer coordinate of every state (the bits a code costs), the second
 * over every hidden coordinate (the reconstruction error left after rounding). A NaN length is replaced
 * by 1e8, as in the reference.
 */
final class DescriptionLength {

    /** The reference's resolution of the reconstruction error (from commit fab39b8 on). */
    static final double EPSILON = 1e-2;
    /** The reference's score for a length that came out NaN. */
    static final double NAN_PENALTY = 1e8;

    private DescriptionLength() {
    }

    /** The description length of {@code representation} on {@code states}. */
    static double of(Representation representation, double[][] states) {
        long[][] codes = new long[states.length][];
        for (int i = 0; i < states.length; i++) {
            codes[i] = representation.encode(states[i]);
        }
        return of(representation, states, codes);
    }

    /** The same, with {@code codes[i] = representation.encode(states[i])} already computed. */
    static double of(Representation representation, double[][] states, long[][] codes) {
        double model = 0;
        long integers = 0;
        double data = 0;
        long reals = 0;
        for (int i = 0; i < states.length; i++) {
            for (long z : codes[i]) {
                model += log2(1 + Math.abs((double) z));
            }
            integers += codes[i].length;
            double[] decoded = representation.decode(codes[i]);
            for (int j = 0; j < states[i].length; j++) {
                data += log2(1 + Math.abs(states[i][j] - decoded[j]) / EPSILON);
            }
            reals += states[i].length;
        }
        double length = (integers == 0 ? 0 : model / integers) + (reals == 0 ? 0 : data / reals);
        return Double.isNaN(length) ? NAN_PENALTY : length;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
