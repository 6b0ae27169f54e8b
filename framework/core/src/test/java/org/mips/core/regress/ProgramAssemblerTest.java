package org.mips.core.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.mips.testkit.ParityTask;
import org.mips.spi.Outcome;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Program;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.mips.spi.represent.StateMachine;
import org.mips.spi.task.Task;

class ProgramAssemblerTest {

    private static final Task PARITY = new ParityTask();

    /** Parity_All's machine as a representation with one variable named {@code p} would read it off. */
    private static StateMachine parity(boolean wrongOutput) {
        List<StateMachine.Transition> transitions = new ArrayList<>();
        for (long s = 0; s < 2; s++) {
            for (long x = 0; x < 2; x++) {
                transitions.add(new StateMachine.Transition(List.of(s), List.of(x), List.of(s ^ x), 10));
            }
        }
        List<StateMachine.Emission> emissions = List.of(new StateMachine.Emission(List.of(0L), List.of(wrongOutput ? 1L : 0L), 20),
                new StateMachine.Emission(List.of(1L), List.of(wrongOutput ? 0L : 1L), 20));
        return new StateMachine(List.of("p"), List.of(0L), transitions, emissions);
    }

    private static Regressor regressor(String id, BiFunction<RegressionProblem, Instant, Outcome<Expr>> body) {
        return TestRegressor.of(id, body);
    }

    /** Tries the given formulas in order and returns the first that the host would accept. */
    private static Regressor formulas(String id, String... texts) {
        return TestRegressor.knowing(id, texts);
    }

    @Test
    void fitsEveryTargetWithTheFirstRegressorThatWorksAndVerifiesTheProgram() {
        Regressor cheap = formulas("cheap", "p");
        Regressor liar = regressor("liar", (problem, deadline) -> Outcome.found(new Expr.Const(7)));
        Regressor xor = formulas("xor", "p ^ x");
        Synthesis synthesis = new ProgramAssembler(List.of(cheap, liar, xor), Duration.ofSeconds(5)).assemble(PARITY, parity(false));
        Program program = synthesis.program().orElseThrow();
        assertEquals(List.of("next_p", "y"), synthesis.formulas().stream().map(Formula::target).toList());
        Formula next = synthesis.formulas().get(0);
        assertEquals("xor", next.regressor());
        assertEquals("p ^ x", next.formula());
        assertEquals(3, next.size());
        assertEquals(4, next.rows());
        assertEquals("cheap: none of p fits", next.attempts().get(0));
        assertTrue(next.attempts().get(1).startsWith("liar: returned a formula that misses row [0, 0]: 7 instead of 0"),
                next.attempts().get(1));
        assertEquals("cheap", synthesis.formulas().get(1).regressor());
        assertEquals(0L, program.state().get(0).initial());

        Verification verification = Verification.of(program, PARITY, PARITY.dataset(Task.STANDARD_DATA_SEED).test());
        assertTrue(verification.passed(), verification.toString());
        assertEquals(List.of("held-out split", "fresh sequences of 100 steps"), verification.checks().stream().map(Verification.Check::name).toList());
        assertEquals(Verification.FRESH_SEQUENCES, verification.checks().get(1).sequences());
    }

    @Test
    void aWrongProgramFailsVerificationWithACounterexample() {
        Regressor xor = formulas("xor", "p ^ x", "1 - p");
        Program program = new ProgramAssembler(List.of(xor), Duration.ofSeconds(5)).assemble(PARITY, parity(true)).program().orElseThrow();
        Verification verification = Verification.of(program, PARITY, PARITY.dataset(Task.STANDARD_DATA_SEED).test());
        assertFalse(verification.passed());
        String counterexample = verification.checks().get(0).counterexample();
        assertTrue(counterexample.matches("sequence 0, inputs \\[\\[\\d]]: the program gives \\[\\d] at step 0, the task \\[\\d]"), counterexample);
    }

    @Test
    void withoutAFitForEveryTargetThereIsNoProgram() {
        Synthesis synthesis = new ProgramAssembler(List.of(formulas("only-p", "p")), Duration.ofSeconds(5)).assemble(PARITY, parity(false));
        assertTrue(synthesis.program().isEmpty());
        assertEquals("no regressor fitted next_p", synthesis.whyNone());
        assertFalse(synthesis.formulas().get(0).fitted());
    }
}
