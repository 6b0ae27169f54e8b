package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.emit.CheckResult;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.ProgramSamples;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.EvaluationException;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;

/**
 * The contract every {@link CodeEmitter} must meet. A plugin's test extends this class and returns its
 * emitter; the tests then run the emitted code with the language's real toolchain and compare it with
 * the {@link Interpreter} on {@link ContractPrograms}.
 *
 * <p>A missing toolchain fails the tests instead of skipping them: a contract test that cannot fail
 * proves nothing, and CI installs every toolchain.
 */
public abstract class AbstractEmitterContractTest {

    /** Sequences compared per program; lengths include the empty sequence, one step and long runs. */
    private static final int SEQUENCES = 300;
    private static final int[] LENGTHS = {0, 1, 2, 3, 5, 8, 13, 30, 41};
    private static final long SEED = 20_260_101L;

    /** The emitter under test; may return a new instance on every call. */
    protected abstract CodeEmitter emitter();

    /** The programs the contract runs; a subclass may add its own. */
    protected List<Program> programs() {
        return ContractPrograms.all();
    }

    @TestFactory
    Stream<DynamicTest> emittedCodeComputesWhatTheInterpreterComputes() {
        return programs().stream().map(program -> DynamicTest.dynamicTest(program.name(), () -> {
            EmittedCode code = emitter().emit(program);
            List<long[][]> inputs = ProgramSamples.random(program, SEQUENCES, LENGTHS, SEED);
            List<long[][]> outputs = ran(emitter().run(code, program, inputs), code);
            assertEquals(inputs.size(), outputs.size(), "number of output sequences");
            Interpreter interpreter = Interpreter.of(program);
            for (int n = 0; n < inputs.size(); n++) {
                long[][] expected;
                try {
                    expected = interpreter.run(inputs.get(n));
                } catch (EvaluationException undefined) {
                    continue;
                }
                if (!Arrays.deepEquals(expected, outputs.get(n))) {
                    fail("on input " + Arrays.deepToString(inputs.get(n)) + " the emitted code gives "
                            + Arrays.deepToString(outputs.get(n)) + " but the interpreter gives "
                            + Arrays.deepToString(expected) + "\n" + code.source());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> checkPasses() {
        return programs().stream().map(program -> DynamicTest.dynamicTest(program.name(), () -> {
            EmittedCode code = emitter().emit(program);
            CheckResult result = emitter().check(program, code);
            assertEquals(CheckResult.Status.PASSED, result.status(), () -> result.detail() + "\n" + code.source());
        }));
    }

    /** Expressions as deep as a program may nest are written so that the language accepts them, and computed right. */
    @TestFactory
    Stream<DynamicTest> programsAtTheNestingLimitPassTheirCheck() {
        return DeepPrograms.all().stream().map(program -> DynamicTest.dynamicTest(program.name(), () -> {
            EmittedCode code = emitter().emit(program);
            CheckResult result = emitter().check(program, code);
            assertEquals(CheckResult.Status.PASSED, result.status(), () -> result.detail() + "\n" + code.source());
        }));
    }

    @TestFactory
    Stream<DynamicTest> emittingIsDeterministicAndNamesTheFile() {
        List<Program> programs = programs();
        List<Program> equalPrograms = programs();
        return IntStream.range(0, programs.size()).mapToObj(i -> DynamicTest.dynamicTest(programs.get(i).name(), () -> {
            assertEquals(programs.get(i), equalPrograms.get(i), "programs() must build equal programs");
            EmittedCode first = emitter().emit(programs.get(i));
            EmittedCode second = emitter().emit(equalPrograms.get(i));
            assertEquals(first, second, "two emits of equal programs differ");
            assertTrue(first.fileName().endsWith("." + emitter().fileExtension()),
                    () -> first.fileName() + " does not end with ." + emitter().fileExtension());
            assertEquals(emitter().id(), first.language(), "language of the emitted code");
            assertFalse(first.source().isBlank(), "empty source");
        }));
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = emitter().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(emitter().description().isBlank(), "blank description");
    }

    /** Rounding toward negative infinity and division by 0, checked against values worked out by hand. */
    @Test
    void floorDivisionAndModuloRoundTowardNegativeInfinityAndAreTotal() {
        Program program = ContractPrograms.floorDivision();
        EmittedCode code = emitter().emit(program);
        List<long[][]> inputs = List.<long[][]>of(new long[][] {{-7, 0}, {-7, 2}, {7, -2}});
        List<long[][]> outputs = ran(emitter().run(code, program, inputs), code);
        // half, mod3, neg_half, mod_neg3, div, mod of x by 2, 3, -2, -3 and d.
        long[][] expected = {
            {-4, 2, 3, -1, 0, -7},
            {-4, 2, 3, -1, -4, 1},
            {3, 1, -4, -2, -4, -1},
        };
        assertArrayEquals(expected, outputs.get(0), code.source());
    }

    /** Guards the guard: code for one program must be told apart from a slightly different program. */
    @Test
    void comparisonDetectsADifferentProgram() {
        Program emitted = ContractPrograms.binaryAddition();
        Program other = ContractPrograms.binaryAdditionWrongCarry();
        EmittedCode code = emitter().emit(emitted);
        List<long[][]> inputs = ProgramSamples.random(other, 50, LENGTHS, SEED);
        List<long[][]> outputs = ran(emitter().run(code, other, inputs), code);
        Interpreter interpreter = Interpreter.of(other);
        boolean disagrees = false;
        for (int n = 0; n < inputs.size(); n++) {
            disagrees |= !Arrays.deepEquals(interpreter.run(inputs.get(n)), outputs.get(n));
        }
        assertTrue(disagrees, "code for binary addition agrees with a program whose carry is wrong");
        assertEquals(CheckResult.Status.FAILED, emitter().check(other, code).status(),
                "check() passed code for a different program");
    }

    private static List<long[][]> ran(RunResult result, EmittedCode code) {
        if (result instanceof RunResult.Ran ran) {
            return ran.outputs();
        }
        if (result instanceof RunResult.Unavailable unavailable) {
            return fail("the toolchain is not available, so the contract cannot be checked: "
                    + unavailable.reason());
        }
        return fail("running the emitted code failed: " + ((RunResult.Failed) result).reason() + "\n" + code.source());
    }
}
