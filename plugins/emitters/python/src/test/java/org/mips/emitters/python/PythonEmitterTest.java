package org.mips.emitters.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.testkit.ContractPrograms;

class PythonEmitterTest {

    private final PythonEmitter emitter = new PythonEmitter();

    @Test
    void binaryAdditionReadsLikeHandWrittenPython() {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        String source = code.source();
        assertEquals("binary_addition.py", code.fileName());
        assertEquals("binary_addition", code.entryPoint());
        assertTrue(source.contains("def binary_addition(a, b):\n"), source);
        assertTrue(source.contains("    for a_t, b_t in zip(a, b):\n"), source);
        // The sum bit reads the old carry, so it is assigned first; the xor chain needs no parentheses.
        assertTrue(source.contains("        s = c ^ a_t ^ b_t\n        c = int(c + a_t + b_t > 1)\n"), source);
        assertTrue(source.contains("        ys.append(s)\n    return ys\n"), source);
        assertFalse(source.contains("floor_div") || source.contains("TABLE"), "helpers only when used:\n" + source);
        assertTrue(source.contains("if __name__ == \"__main__\":"), source);
    }

    @Test
    void onlyADivisorThatMayBeZeroNeedsTheHelper() {
        String source = emitter.emit(ContractPrograms.floorDivision()).source();
        assertTrue(source.contains("half = x_t // 2"), source);
        assertTrue(source.contains("div = floor_div(x_t, d_t)"), source);
    }

    @Test
    void reservedAndCollidingNamesAreRenamed() {
        String source = emitter.emit(ContractPrograms.reservedNames()).source();
        assertTrue(source.contains("def string(class_, lambda_, t, len_):"), source);
        assertTrue(source.contains("for class_t, lambda_t, t_t_, len_t in zip(class_, lambda_, t, len_):"), source);
        assertTrue(source.contains("def floor_div_(a, b):"), "the helper must not be shadowed by the state variable:\n" + source);
        assertTrue(source.contains("        next_a_ = next_a\n"), "temporary for a beside the variable next_a:\n" + source);
        assertTrue(source.contains("    ys_ = []\n"), source);
    }

    @Test
    void missingPythonIsUnavailable() {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        RunResult result = new PythonRunner("/nonexistent/mips-test", PythonRunner.TIMEOUT)
                .run(code, ContractPrograms.binaryAddition(), List.of());
        assertEquals(new RunResult.Unavailable("python3 not found on PATH"), result);
    }

    @Test
    void anErrorInTheCodeIsAFailureQuotingPython() {
        EmittedCode broken = new EmittedCode("python", "broken.py", "broken", "raise ValueError('boom')\n");
        RunResult result = emitter.run(broken, ContractPrograms.binaryAddition(), List.<long[][]>of(new long[][] {{1, 1}}));
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().contains("ValueError: boom"), failed.reason());
    }

    @Test
    void aHangingProcessIsKilled() {
        EmittedCode hangs = new EmittedCode("python", "hangs.py", "hangs", "while True:\n    pass\n");
        RunResult result = new PythonRunner(System.getenv("PATH"), Duration.ofMillis(500))
                .run(hangs, ContractPrograms.binaryAddition(), List.of());
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().contains("timed out"), failed.reason());
    }

    @Test
    void namesBecomeSnakeCase() {
        assertEquals("binary_addition", PythonNames.snakeCase("BinaryAddition"));
        assertEquals("http_server_2", PythonNames.snakeCase("HTTPServer-2"));
        assertEquals("program_3sum", PythonNames.snakeCase("3sum"));
        assertEquals("program", PythonNames.snakeCase("--"));
    }
}
