package org.mips.emitters.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.UnaryOp;
import org.mips.testkit.ContractPrograms;

class JavaEmitterTest {

    private final JavaEmitter emitter = new JavaEmitter();

    @Test
    void binaryAdditionReadsLikeHandWrittenJava() {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        String source = code.source();
        assertEquals("BinaryAddition.java", code.fileName());
        assertEquals("BinaryAddition", code.entryPoint());
        assertTrue(source.contains("public final class BinaryAddition {"), source);
        assertTrue(source.contains("    public static long[] apply(long[] a, long[] b) {\n"), source);
        assertTrue(source.contains("        for (int t = 0; t < a.length; t++) {\n"), source);
        // Bits xor as longs; the carry comparison becomes a number only where it is stored.
        assertTrue(source.contains("            s = c ^ a[t] ^ b[t];\n            c = c + a[t] + b[t] > 1 ? 1 : 0;\n"), source);
        assertFalse(source.contains("floorDiv") || source.contains("table"), "helpers only when used:\n" + source);
        assertTrue(source.contains("public static void main(String[] args)"), source);
    }

    @Test
    void onlyADivisorThatMayBeZeroNeedsTheHelper() {
        String source = emitter.emit(ContractPrograms.floorDivision()).source();
        assertTrue(source.contains("long half = Math.floorDiv(x[t], 2);"), source);
        assertTrue(source.contains("long div = floorDiv(x[t], d[t]);"), source);
    }

    @Test
    void constantOnlyArithmeticIsNotDoneIn32Bits() {
        Expr x = Expr.var("x");
        Expr minInt = Expr.constant(Integer.MIN_VALUE);
        Program program = new Program("wide", List.of(new Input("x", 0, 1)), List.of(),
                List.of(
                        new Output("product", Expr.binary(BinaryOp.ADD,
                                Expr.binary(BinaryOp.MUL, Expr.constant(100_000), Expr.constant(100_000)), x)),
                        new Output("negated", Expr.unary(UnaryOp.NEG, minInt)),
                        new Output("absolute", Expr.unary(UnaryOp.ABS, minInt)),
                        new Output("quotient", Expr.binary(BinaryOp.FLOOR_DIV, minInt, Expr.constant(-1))),
                        new Output("flags", Expr.binary(BinaryOp.MUL,
                                Expr.ifThen(x, Expr.constant(70_000), Expr.constant(1)),
                                Expr.ifThen(x, Expr.constant(70_000), Expr.constant(2)))),
                        new Output("big", Expr.constant(3_000_000_000L))));
        EmittedCode code = emitter.emit(program);
        assertTrue(code.source().contains("long big = 3000000000L;"), code.source());

        RunResult result = emitter.run(code, program, List.<long[][]>of(new long[][] {{0}, {1}}));

        long[][] expected = program.run(new long[][] {{0}, {1}});
        assertEquals(10_000_000_001L, expected[1][0]);
        assertEquals(4_900_000_000L, expected[1][4]);
        assertArrayEquals(expected, assertInstanceOf(RunResult.Ran.class, result, result::toString).outputs().get(0),
                code.source());
    }

    @Test
    void reservedAndCollidingNamesAreRenamed() {
        EmittedCode code = emitter.emit(ContractPrograms.reservedNames());
        String source = code.source();
        assertEquals("StringProgram", code.entryPoint(), "a class named String would hide java.lang.String");
        assertTrue(source.contains("public static long[][] apply(long[] class_, long[] lambda, long[] t, long[] len)"), source);
        assertTrue(source.contains("for (int t_ = 0; t_ < class_.length; t_++)"), source);
        assertTrue(source.contains("long Math_ = 0;") && source.contains("long new_ = 1;"), source);
        assertTrue(source.contains("long nextA_ = next_a;"), "temporary for a beside the variable nextA:\n" + source);
    }

    @Test
    void aCompilationErrorIsAFailureQuotingTheCompiler() {
        EmittedCode broken = new EmittedCode("java", "Broken.java", "Broken", "public final class Broken {\n  int x = ;\n}\n");
        RunResult result = emitter.run(broken, ContractPrograms.binaryAddition(), List.of());
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().startsWith("does not compile: Broken.java:2: "), failed.reason());
    }

    @Test
    void anExceptionInTheCodeIsAFailureQuotingIt() {
        EmittedCode throwing = new EmittedCode("java", "Throws.java", "Throws",
                "public final class Throws {\n  public static void main(String[] args) {\n"
                        + "    throw new IllegalStateException(\"boom\");\n  }\n}\n");
        RunResult result = emitter.run(throwing, ContractPrograms.binaryAddition(), List.of());
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().contains("IllegalStateException: boom"), failed.reason());
    }

    @Test
    void aHangingProcessIsKilled() {
        EmittedCode hangs = new EmittedCode("java", "Hangs.java", "Hangs",
                "public final class Hangs {\n  public static void main(String[] args) {\n    while (true) { }\n  }\n}\n");
        RunResult result = new JavaRunner(Duration.ofMillis(1500)).run(hangs, ContractPrograms.binaryAddition(), List.of());
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().contains("timed out"), failed.reason());
    }

    @Test
    void classNamesArePascalCase() {
        assertEquals("BinaryAddition", JavaNames.className("binary_addition"));
        assertEquals("EveryOperator", JavaNames.className("every-operator"));
        assertEquals("Program3sum", JavaNames.className("3sum"));
        assertEquals("MathProgram", JavaNames.className("math"));
    }
}
