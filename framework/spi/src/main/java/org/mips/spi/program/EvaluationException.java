package org.mips.spi.program;

import java.util.Optional;

/**
 * A program left the semantics of the IR while running: a 64-bit overflow. Programs on which this
 * happens have no defined result for that input. Raised by {@link Arithmetic} naming the operation, and
 * located by the {@link Interpreter} (which variable or output, which step) so that the report says
 * where in the program the overflow is.
 */
public final class EvaluationException extends ArithmeticException {

    private final String operation;
    private final String where;
    private final int step;

    private EvaluationException(String operation, String where, int step) {
        super(where == null ? "64-bit overflow in " + operation
                : "overflows 64-bit integers at " + where + ", step " + (step + 1) + " (" + operation + ")");
        this.operation = operation;
        this.where = where;
        this.step = step;
    }

    /** The exact result of {@code operation}, e.g. {@code 9223372036854775807 + 1}, does not fit in 64 bits. */
    public static EvaluationException overflow(String operation) {
        return new EvaluationException(operation, null, -1);
    }

    /** This overflow, found computing {@code where} (e.g. {@code output 'y'}) at {@code step} (counted from 0). */
    public EvaluationException at(String where, int step) {
        return new EvaluationException(operation, where, step);
    }

    /** The operation whose result does not fit, e.g. {@code 9223372036854775807 + 1}. */
    public String operation() {
        return operation;
    }

    /** The state variable or output being computed, when the interpreter ran a whole program. */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    /** The step (counted from 0) at which it happened, or -1 when not known. */
    public int step() {
        return step;
    }
}
