package org.mips.emitters.dafny;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.testkit.ContractPrograms;

class DafnyEmitterTest {

    private final DafnyEmitter emitter = new DafnyEmitter();

    @Test
    void binaryAdditionReadsLikeHandWrittenDafny() {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        String source = code.source();
        assertEquals("BinaryAddition.dfy", code.fileName());
        assertEquals("BinaryAddition", code.entryPoint());
        assertTrue(source.contains("""
                method BinaryAddition(a: seq<int>, b: seq<int>) returns (y: seq<int>)
                  requires |b| == |a|
                  requires forall t :: 0 <= t < |a| ==> 0 <= a[t] <= 1
                  requires forall t :: 0 <= t < |b| ==> 0 <= b[t] <= 1
                  ensures |y| == |a|
                {
                """), source);
        assertTrue(source.contains("""
                  while t < |a|
                    invariant 0 <= t <= |a|
                    invariant |y| == t
                  {
                    var a_t := a[t];
                    var b_t := b[t];
                    var y_t: int;
                    s, c, y_t := BinaryAdditionStep(a_t, b_t, s, c);
                    y := y + [y_t];
                    t := t + 1;
                  }
                }
                """), source);
        // A step is a method of its own. The sum bit reads the old carry, so it is assigned first.
        assertTrue(source.contains("""
                method BinaryAdditionStep(a_t: int, b_t: int, s_before: int, c_before: int) returns (s: int, c: int, y_t: int)
                {
                  s := s_before;
                  c := c_before;
                  s := if ((c != 0) != (a_t != 0)) != (b_t != 0) then 1 else 0;
                  c := if c + a_t + b_t > 1 then 1 else 0;
                  y_t := s;
                }
                """), source);
        assertTrue(source.contains("//   state c, initially 0, becomes c + a + b > 1\n"), "the program in the header:\n" + source);
        assertFalse(source.contains("Main") || source.contains("function"), "only the methods:\n" + source);
    }

    @Test
    void emittedBinaryAdditionVerifies() throws Exception {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        DafnyVerification.assertVerifies(code.fileName(), code.source());
    }

    @Test
    void variablesInACycleAreAssignedInParallel() {
        String source = emitter.emit(ContractPrograms.everyOperator()).source();
        assertTrue(source.contains("\n  p, q := q, (p - x_t) % 9 - 4;\n"), source);
    }

    @Test
    void reservedAndCollidingNamesAreRenamed() {
        String source = emitter.emit(ContractPrograms.reservedNames()).source();
        assertTrue(source.contains("method String(class_: seq<int>, lambda: seq<int>, t: seq<int>, len: seq<int>)"
                + " returns (ys: seq<int>, result: seq<int>)\n"), source);
        assertTrue(source.contains("  var int_: int := 0;\n  var new_: int := 1;\n"), source);
        assertTrue(source.contains("  while t_ < |class_|\n"), source);
        assertTrue(source.contains("    var t_t_ := t[t_];\n"), "t_t is a state variable:\n" + source);
        assertTrue(source.contains("// Renamed for Dafny: class is class_, int is int_, new is new_.\n"), source);
    }

    @Test
    void theMethodIsNeverCalledLikeTheRunnersMethods() {
        Program main = new Program("main", List.of(new Input("x", 0, 1)), List.of(), List.of(new Output("y", Expr.var("x"))));
        EmittedCode code = emitter.emit(main);
        assertEquals("Main_", code.entryPoint());
        assertEquals("Main_.dfy", code.fileName());
    }

    /** Every sign of dividend and divisor, 0 included, against the IR's own arithmetic. */
    @Test
    void divisionAgreesWithTheIrForEverySign() {
        Expr x = Expr.var("x");
        Expr d = Expr.var("d");
        Expr shifted = Expr.binary(BinaryOp.SUB, x, Expr.constant(1));
        Program program = new Program("division", List.of(new Input("x", -7, 7), new Input("d", -4, 4)), List.of(),
                List.of(new Output("q", Expr.binary(BinaryOp.FLOOR_DIV, x, d)),
                        new Output("r", Expr.binary(BinaryOp.FLOOR_MOD, x, d)),
                        new Output("q1", Expr.binary(BinaryOp.FLOOR_DIV, shifted, Expr.binary(BinaryOp.SUB, d, Expr.constant(1)))),
                        new Output("r1", Expr.binary(BinaryOp.FLOOR_MOD, shifted, Expr.binary(BinaryOp.MUL, d, Expr.constant(2)))),
                        new Output("qn", Expr.binary(BinaryOp.FLOOR_DIV, shifted, Expr.constant(-3))),
                        new Output("rn", Expr.binary(BinaryOp.FLOOR_MOD, shifted, Expr.constant(-3)))));
        long[][] steps = new long[15 * 9][];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new long[] {i / 9 - 7, i % 9 - 4};
        }
        RunResult result = emitter.run(emitter.emit(program), program, List.<long[][]>of(steps));
        RunResult.Ran ran = assertInstanceOf(RunResult.Ran.class, result, result::toString);
        assertArrayEquals(Interpreter.of(program).run(steps), ran.outputs().get(0));
    }

    /** Differential: random expressions of every form, on every pair of inputs, against the interpreter. */
    @Test
    void randomExpressionsComputeWhatTheInterpreterComputes() {
        RandomExpressions expressions = new RandomExpressions(7, List.of("x", "y"));
        List<Output> outputs = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            outputs.add(new Output("o" + k, expressions.next(5)));
        }
        Program program = new Program("random", List.of(new Input("x", -4, 4), new Input("y", -3, 3)), List.of(), outputs);
        long[][] steps = new long[9 * 7][];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new long[] {i / 7 - 4, i % 7 - 3};
        }
        EmittedCode code = emitter.emit(program);
        RunResult result = emitter.run(code, program, List.<long[][]>of(steps));
        RunResult.Ran ran = assertInstanceOf(RunResult.Ran.class, result, () -> result + "\n" + code.source());
        long[][] expected = Interpreter.of(program).run(steps);
        for (int t = 0; t < steps.length; t++) {
            for (int k = 0; k < outputs.size(); k++) {
                int step = t;
                int output = k;
                assertEquals(expected[t][k], ran.outputs().get(0)[t][k], () -> "x = " + steps[step][0] + ", y = " + steps[step][1]
                        + ": " + ExprSyntax.format(outputs.get(output).value()) + "\n" + code.source());
            }
        }
    }

    @Test
    void missingDafnyIsUnavailable() {
        EmittedCode code = emitter.emit(ContractPrograms.binaryAddition());
        RunResult result = new DafnyRunner("/nonexistent/mips-test", DafnyRunner.TIMEOUT)
                .run(code, ContractPrograms.binaryAddition(), List.of());
        RunResult.Unavailable unavailable = assertInstanceOf(RunResult.Unavailable.class, result);
        assertTrue(unavailable.reason().startsWith("dafny not found on PATH"), unavailable.reason());
    }

    @Test
    void codeThatDoesNotVerifyIsNotRunAndFailsWithDafnysError() {
        EmittedCode unsafe = new EmittedCode("dafny", "Unsafe.dfy", "Unsafe", """
                method Unsafe(a: seq<int>, b: seq<int>) returns (y: seq<int>)
                  requires |b| == |a|
                  requires forall t :: 0 <= t < |a| ==> 0 <= a[t] <= 1
                  requires forall t :: 0 <= t < |b| ==> 0 <= b[t] <= 1
                  ensures |y| == |a|
                {
                  y := [];
                  var t := 0;
                  while t < |a|
                    invariant 0 <= t <= |a|
                    invariant |y| == t
                  {
                    y := y + [a[t] / b[t]];
                    t := t + 1;
                  }
                }
                """);
        RunResult result = emitter.run(unsafe, ContractPrograms.binaryAddition(), List.<long[][]>of(new long[][] {{1, 1}}));
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().matches("dafny: Unsafe\\.dfy\\(13,\\d+\\): Error.*division by zero.*"), failed.reason());
    }

    @Test
    void inputsOutsideTheDeclaredRangesAreRejectedBeforeRunning() {
        Program program = ContractPrograms.binaryAddition();
        RunResult result = emitter.run(emitter.emit(program), program, List.<long[][]>of(new long[][] {{0, 1}, {2, 0}}));
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertEquals("sequence 0: input a = 2 is outside 0..1, which the Dafny method requires", failed.reason());
    }

    @Test
    void aRunThatTakesTooLongIsKilled() {
        Program program = ContractPrograms.binaryAddition();
        RunResult result = new DafnyRunner(System.getenv("PATH"), Duration.ofMillis(200))
                .run(emitter.emit(program), program, List.<long[][]>of(new long[][] {{0, 1}}));
        RunResult.Failed failed = assertInstanceOf(RunResult.Failed.class, result);
        assertTrue(failed.reason().contains("timed out"), failed.reason());
    }
}
