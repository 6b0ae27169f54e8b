package org.mips.spi.program;

import java.util.List;
import java.util.Optional;

/**
 * Where a program first overflows 64-bit integers on a list of input sequences. A program's arithmetic
 * is 64-bit ({@link Arithmetic}); one that overflows on an input its checks run has no defined result
 * there, so it is refused as a bad program rather than checked around: Python's unbounded integers
 * would print a number no other language gives, Java's would wrap.
 *
 * @param kind     what the sequences are for, e.g. {@code check} or {@code proof}
 * @param sequence the index (from 0) of the first sequence that overflows
 * @param cause    the interpreter's report: the variable or output, the step and the operation
 */
public record Overflow(String kind, int sequence, EvaluationException cause) {

    /** The first overflow of {@code program} on {@code sequences} (the {@code kind} sequences), in order; empty when none. */
    public static Optional<Overflow> find(Program program, String kind, List<long[][]> sequences) {
        Interpreter interpreter = Interpreter.of(program);
        for (int n = 0; n < sequences.size(); n++) {
            try {
                interpreter.run(sequences.get(n));
            } catch (EvaluationException e) {
                return Optional.of(new Overflow(kind, n, e));
            }
        }
        return Optional.empty();
    }

    /** One line: e.g. "the program overflows 64-bit integers at output 'y', step 17 of check sequence 5 (...)". */
    public String describe() {
        return "the program overflows 64-bit integers at " + cause.where().orElse("an expression") + ", step " + (cause.step() + 1)
                + " of " + kind + " sequence " + (sequence + 1) + " (" + cause.operation() + ")";
    }
}
