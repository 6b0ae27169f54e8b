package org.mips.spi.program;

/**
 * A program left the semantics of the IR while running, e.g. a 64-bit overflow. Programs on which
 * this happens have no defined result for that input.
 */
public final class EvaluationException extends ArithmeticException {
    public EvaluationException(String message) {
        super(message);
    }
}
