package org.mips.tasks;

import java.util.SplittableRandom;

/** Draws the inputs of one sequence: {@code x[t * dimension + i]} for {@code t < length}. */
@FunctionalInterface
interface InputSampler {

    void sample(SplittableRandom random, long[] x, int offset, int length, int dimension);

    /** Every component uniform over {@code min..max}, independently (the paper's default). */
    static InputSampler uniform(long min, long max) {
        long span = max - min + 1;
        return (random, x, offset, length, dimension) -> {
            for (int k = 0; k < length * dimension; k++) {
                x[offset + k] = min + random.nextLong(span);
            }
        };
    }

    /**
     * Bit_Palindrome's sampler (reference section 1.3): a palindrome of length L, uniform in
     * {@code 2..length}, followed by uniform bits, so that palindromic prefixes are common.
     */
    static InputSampler palindromePrefix() {
        return (random, x, offset, length, dimension) -> {
            int palindrome = length < 2 ? length : 2 + random.nextInt(length - 1);
            for (int t = 0; t < (palindrome + 1) / 2; t++) {
                long bit = random.nextInt(2);
                x[offset + t] = bit;
                x[offset + palindrome - 1 - t] = bit;
            }
            for (int t = palindrome; t < length; t++) {
                x[offset + t] = random.nextInt(2);
            }
        };
    }
}
