package org.mips.core.regress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * Strict verification of a synthesized program (ARCHITECTURE.md section 5): it must reproduce every
 * output of the task's whole held-out split and, for a task that can generate data, of fresh sequences
 * ten times the training length. The paper checked ten training sequences (reference section 6.1); a
 * program that fails any check here is not solved, and the report shows a counterexample.
 *
 * @param checks every check run, in order
 */
public record Verification(List<Check> checks) {

    /** Fresh sequences generated for the long check, and the seed they are drawn with. */
    public static final int FRESH_SEQUENCES = 10_000;
    public static final long FRESH_SEED = 2_024;
    public static final int LENGTH_FACTOR = 10;

    public Verification {
        checks = List.copyOf(checks);
    }

    /**
     * One check.
     *
     * @param name           what was compared, e.g. "held-out split"
     * @param sequences      sequences compared
     * @param length         their length
     * @param counterexample the first sequence where the program differs, in one line; empty if none
     */
    public record Check(String name, int sequences, int length, String counterexample) {
        public boolean passed() {
            return counterexample.isEmpty();
        }
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    public static Verification of(Program program, Task task, Split heldOut) {
        Interpreter interpreter = Interpreter.of(program);
        List<Check> checks = new ArrayList<>();
        checks.add(check("held-out split", interpreter, heldOut));
        task.generator().ifPresent(generator -> {
            int length = task.sequenceLength() * LENGTH_FACTOR;
            checks.add(check("fresh sequences of " + length + " steps", interpreter,
                    generator.generate(FRESH_SEQUENCES, length, FRESH_SEED)));
        });
        return new Verification(checks);
    }

    private static Check check(String name, Interpreter program, Split split) {
        for (int s = 0; s < split.count(); s++) {
            long[][] x = split.x().sequence(s);
            long[][] expected = split.y().sequence(s);
            long[][] actual;
            try {
                actual = program.run(x);
            } catch (EvaluationException e) {
                return new Check(name, split.count(), split.x().length(), "sequence " + s + ": " + e.getMessage());
            }
            for (int t = 0; t < x.length; t++) {
                if (!Arrays.equals(expected[t], actual[t])) {
                    return new Check(name, split.count(), split.x().length(), "sequence " + s + ", inputs "
                            + Arrays.deepToString(Arrays.copyOf(x, t + 1)) + ": the program gives " + Arrays.toString(actual[t])
                            + " at step " + t + ", the task " + Arrays.toString(expected[t]));
                }
            }
        }
        return new Check(name, split.count(), split.x().length(), "");
    }
}
