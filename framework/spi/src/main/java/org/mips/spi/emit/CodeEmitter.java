package org.mips.spi.emit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mips.spi.Component;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Overflow;
import org.mips.spi.program.Program;

/**
 * Writes a {@link Program} as source code in one language. The {@link #id()} is the language name
 * users pass to {@code mips emit --lang}.
 *
 * <p>Emitted code must reproduce the {@link org.mips.spi.program.Interpreter} exactly, including
 * floor division and modulo, and read like code a person would write: a function that takes the input
 * sequence(s) and returns the output sequence for any length. Implementations are stateless and
 * thread-safe.
 *
 * <p>An emitter that can execute its output implements {@link #run}; the default {@link #check} then
 * compares the emitted code with the interpreter on random inputs. An emitter whose check is a proof
 * (Dafny) overrides {@link #check} instead.
 */
public interface CodeEmitter extends Component {

    /** File name extension without the dot, e.g. {@code py}. */
    String fileExtension();

    /** The complete source for {@code program}. */
    EmittedCode emit(Program program);

    /**
     * Runs emitted code on input sequences with the language's real toolchain.
     *
     * @param code    what {@link #emit} returned for {@code program}
     * @param inputs  sequences, {@code inputs.get(n)[t][i]}
     * @return the outputs, or why they could not be obtained
     */
    default RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        return new RunResult.Unavailable("the " + id() + " emitter cannot run its output");
    }

    /**
     * Checks emitted code against the program. The default runs it on {@link #checkInputs} and compares
     * every output with the interpreter. A program that overflows on one of them fails the check before
     * the code runs: its result there is undefined, and skipping the sequence would pass what was not compared.
     */
    default CheckResult check(Program program, EmittedCode code) {
        List<long[][]> inputs = checkInputs(program);
        Optional<Overflow> overflow = Overflow.find(program, "check", inputs);
        if (overflow.isPresent()) {
            return CheckResult.failed(overflow.get().describe());
        }
        Interpreter interpreter = Interpreter.of(program);
        RunResult result = run(code, program, inputs);
        if (result instanceof RunResult.Unavailable u) {
            return CheckResult.notAvailable(u.reason());
        }
        if (result instanceof RunResult.Failed f) {
            return CheckResult.failed(f.reason());
        }
        List<long[][]> outputs = ((RunResult.Ran) result).outputs();
        if (outputs.size() != inputs.size()) {
            return CheckResult.failed("ran " + inputs.size() + " sequences but got " + outputs.size() + " results");
        }
        for (int n = 0; n < inputs.size(); n++) {
            long[][] expected = interpreter.run(inputs.get(n));
            if (!Arrays.deepEquals(expected, outputs.get(n))) {
                return CheckResult.failed("on input " + Arrays.deepToString(inputs.get(n)) + " the "
                        + id() + " code gives " + Arrays.deepToString(outputs.get(n))
                        + " but the program gives " + Arrays.deepToString(expected));
            }
        }
        return CheckResult.passed("ran the " + id() + " code on " + inputs.size()
                + " random sequences; every output equals the interpreter's");
    }

    /**
     * The input sequences every check runs ({@value #CHECK_SEQUENCES} seeded random ones of several
     * lengths), also those on which a program must not overflow to be emitted.
     */
    static List<long[][]> checkInputs(Program program) {
        return ProgramSamples.random(program, CHECK_SEQUENCES, new int[] {1, 2, 7, 10, 31}, 0x5eed);
    }

    /** Number of random sequences the default {@link #check} compares. */
    int CHECK_SEQUENCES = 200;
}
