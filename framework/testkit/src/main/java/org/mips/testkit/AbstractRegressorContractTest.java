package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;

/**
 * The contract every {@link Regressor} must meet. A plugin's test extends this class and returns its
 * regressor. On every problem of {@link ContractProblems} the regressor must not throw, must leave the
 * problem alone, and every formula it finds must reproduce the target on every row under the SPI's
 * {@link org.mips.spi.program.Interpreter} ({@link FormulaCheck}) and read only the problem's variables.
 * A formula it finds once it must find again, the same, when given more time. Given a deadline that has
 * already passed it must still answer, without throwing: none with a reason, or an exact formula it had at
 * once. No test measures elapsed time, so a loaded machine cannot fail one.
 */
public abstract class AbstractRegressorContractTest {

    /** The regressor under test; may return a new instance on every call. */
    protected abstract Regressor regressor();

    /** The problems the contract runs; a subclass may add its own. */
    protected List<ContractProblems.Case> problems() {
        return ContractProblems.all();
    }

    /** How many budgets a fit is given when it must find again a formula it found once. */
    private static final int AMPLE = 20;

    /** The time each fit is given. */
    protected Duration budget() {
        return Duration.ofMillis(500);
    }

    @TestFactory
    Stream<DynamicTest> everyFormulaIsExactOnEveryRowAndFitsAreDeterministic() {
        return problems().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome<Expr> first = fit(c.problem(), Instant.now().plus(budget()));
            Optional<String> failure = first.toOptional().flatMap(formula -> FormulaCheck.firstFailure(formula, c.problem()));
            assertFalse(failure.isPresent(), () -> failure.get());
            // A fit may honestly give up at its deadline, so a formula found once is looked for again with
            // ample time: a deterministic search finds the same one, and no assertion depends on the clock.
            Optional<Expr> found = first.toOptional().or(() -> fit(copy(c.problem()), Instant.now().plus(budget())).toOptional());
            if (found.isPresent()) {
                for (int again = 0; again < 2; again++) {
                    Outcome<Expr> refit = fit(copy(c.problem()), Instant.now().plus(budget().multipliedBy(AMPLE)));
                    Expr expected = found.get();
                    assertTrue(refit instanceof Outcome.Found<Expr>, () -> "found " + ExprSyntax.format(expected)
                            + " once but not with more time: " + refit);
                    Expr formula = ((Outcome.Found<Expr>) refit).value();
                    assertEquals(ExprSyntax.format(expected), ExprSyntax.format(formula), "two fits of equal problems differ");
                    assertEquals(expected, formula, "two fits of equal problems differ");
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> leavesTheProblemAlone() {
        return problems().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RegressionProblem untouched = copy(c.problem());
            regressor().fit(c.problem(), Instant.now().plus(budget()));
            assertEquals(untouched.variables(), c.problem().variables(), "variables");
            assertArrayEquals(untouched.rows(), c.problem().rows(), "rows");
            assertArrayEquals(untouched.targets(), c.problem().targets(), "targets");
        }));
    }

    @TestFactory
    Stream<DynamicTest> answersWhenTheDeadlineHasPassed() {
        return problems().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Outcome<Expr> outcome = fit(c.problem(), Instant.EPOCH);
            if (outcome instanceof Outcome.None<Expr> none) {
                assertFalse(none.reason().isBlank(), "none without a reason");
            }
            Optional<String> failure = outcome.toOptional().flatMap(formula -> FormulaCheck.firstFailure(formula, c.problem()));
            assertFalse(failure.isPresent(), () -> failure.get());
        }));
    }

    @TestFactory
    Stream<DynamicTest> findsNothingInContradictoryRows() {
        return problems().stream()
                .filter(c -> contradictory(c.problem()))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    Outcome<Expr> outcome = fit(c.problem(), Instant.now().plus(budget()));
                    assertTrue(outcome instanceof Outcome.None<Expr>, () -> "a formula for contradictory rows: " + outcome);
                }));
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = regressor().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(regressor().description().isBlank(), "blank description");
    }

    /** Fits and fails unless it returns an outcome without throwing. */
    private Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
        Regressor regressor = regressor();
        Outcome<Expr> outcome;
        try {
            outcome = regressor.fit(problem, deadline);
        } catch (RuntimeException e) {
            throw new AssertionError(regressor.id() + " threw on a problem", e);
        }
        assertNotNull(outcome, "fit returned null");
        return outcome;
    }

    private static boolean contradictory(RegressionProblem problem) {
        for (int i = 0; i < problem.rows().length; i++) {
            for (int j = i + 1; j < problem.rows().length; j++) {
                if (Arrays.equals(problem.rows()[i], problem.rows()[j]) && problem.targets()[i] != problem.targets()[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RegressionProblem copy(RegressionProblem problem) {
        long[][] rows = new long[problem.rows().length][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = problem.rows()[r].clone();
        }
        return new RegressionProblem(problem.target(), problem.variables(), rows, problem.targets().clone());
    }
}
