package org.mips.spi.prove;

import java.util.Locale;
import java.util.Objects;

/**
 * A theorem a task's specification satisfies beyond the outputs it computes, stated of the inputs and
 * outputs so that it holds of every program that refines the specification. A task declares it
 * ({@link org.mips.spi.task.Task#properties()}), the host passes it on in the {@link Refinement}, and a
 * prover proves the kinds it knows, reporting every other one as not proven
 * ({@link ProofResult#unproven()}) rather than leaving it out.
 */
public sealed interface Property {

    /** What the property says of a program, in words that can follow "and" in a claim. */
    String statement();

    /**
     * The outputs, read least significant digit first, are the sum of the two inputs modulo
     * {@code base^n} for every length {@code n}: the specification adds two base-{@code base} numbers
     * digit by digit and drops the final carry.
     *
     * @param base  the base, at least 2; the inputs are digits {@code 0..base-1}
     * @param carry the specification's state variable that holds the carry into the next digit, which a
     *              proof follows from step to step
     */
    record SumOfInputs(int base, String carry) implements Property {

        public SumOfInputs {
            if (base < 2) {
                throw new IllegalArgumentException("a sum of digits needs a base of at least 2, not " + base);
            }
            Objects.requireNonNull(carry, "carry");
            if (carry.isBlank()) {
                throw new IllegalArgumentException("the carry's state variable has no name");
            }
        }

        @Override
        public String statement() {
            return String.format(Locale.ROOT, "its outputs, read least significant digit first, are the sum of its two inputs"
                    + " modulo %d^n for every length n", base);
        }
    }
}
