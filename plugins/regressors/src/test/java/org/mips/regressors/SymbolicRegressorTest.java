package org.mips.regressors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.regress.RegressionProblem;
import org.mips.testkit.ContractProblems;

class SymbolicRegressorTest {

    private final SymbolicRegressor symbolic = new SymbolicRegressor();

    @Test
    void recoversAdditionModuloThree() {
        RegressionProblem problem = Problems.rows(List.of("a", "x"), 60, 0, 2, r -> (r[0] + r[1]) % 3, 1);
        assertEquals("(a + x) % 3", Problems.found(symbolic, problem));
    }

    @Test
    void recoversEqualityWithThePreviousInput() {
        RegressionProblem problem = Problems.rows(List.of("x", "prev"), 200, 0, 9, r -> Problems.bit(r[0] == r[1]), 2);
        assertEquals("x == prev", Problems.found(symbolic, problem));
    }

    @Test
    void recoversTheMaximumSoFar() {
        RegressionProblem problem = Problems.rows(List.of("a", "x"), 100, 0, 99, r -> Math.max(r[0], r[1]), 3);
        assertEquals("max(a, x)", Problems.found(symbolic, problem));
    }

    @Test
    void usesFloorModuloOnNegativeValues() {
        // C++'s truncating % (the reference's search) gives -1 for -7 % 3; the IR and Python give 2.
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 80, -20, 20, r -> Math.floorMod(r[0] - r[1], 3), 4);
        assertEquals("(a - b) % 3", Problems.found(symbolic, problem));
    }

    @Test
    void findsACarryShorterThanTheThreshold() {
        // The reference's symmetric form a + b + c > 1 has 7 nodes; "not a < b + c" says the same in 6.
        RegressionProblem carry = Problems.truthTable(List.of("a", "b", "c"), r -> Problems.bit(r[0] + r[1] + r[2] > 1));
        assertEquals("(not a) < b + c", Problems.found(symbolic, carry));
    }

    @Test
    void writesComparisonsWithTheConstantOnTheRight() {
        RegressionProblem problem = Problems.rows(List.of("a"), 50, 0, 9, r -> Problems.bit(r[0] > 4), 10);
        assertEquals("a > 4", Problems.found(symbolic, problem));
    }

    @Test
    void recoversAConditional() {
        RegressionProblem problem = Problems.rows(List.of("s", "a", "b"), 200, 0, 9, r -> r[0] > 4 ? r[1] : r[2], 5);
        assertEquals("a if s > 4 else b", Problems.found(symbolic, problem));
    }

    @Test
    void takesConstantsFromTheData() {
        RegressionProblem problem = Problems.rows(List.of("a"), 30, 1, 99, r -> 99 - r[0], 6);
        problem.rows()[0][0] = 0; // the target's maximum, 99, is then in the data
        problem.targets()[0] = 99;
        assertEquals("99 - a", Problems.found(symbolic, problem));
    }

    @Test
    void findsNothingInNoise() {
        RegressionProblem noise = Problems.rows(List.of("a", "b"), 60, 0, 50, ContractProblems.consistentNoise(11, 1000), 7);
        Outcome<Expr> outcome = new SymbolicRegressor(7, SymbolicRegressor.DEFAULT_MAX_BANK_VALUES)
                .fit(noise, Instant.now().plus(Duration.ofSeconds(5)));
        assertInstanceOf(Outcome.None.class, outcome, outcome::toString);
    }

    @Test
    void stopsAtTheDeadline() {
        RegressionProblem noise = Problems.rows(List.of("a", "b", "c"), 60, 0, 50, ContractProblems.consistentNoise(12, 1000), 8);
        Instant start = Instant.now();
        Outcome<Expr> outcome = symbolic.fit(noise, start.plusMillis(300));
        assertInstanceOf(Outcome.None.class, outcome, outcome::toString);
        assertTrue(Duration.between(start, Instant.now()).toMillis() < 1000, "took too long");
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("deadline"), outcome::toString);
    }

    @Test
    void staysExactWithASmallBank() {
        RegressionProblem problem = Problems.rows(List.of("a", "x"), 100, 0, 99, r -> Math.max(r[0], r[1]), 3);
        assertEquals("max(a, x)", Problems.found(new SymbolicRegressor(9, 2_000), problem));
    }

    @Test
    void learnsFromARowOutsideTheSample() {
        // Only row 250 has a < 3; the first sample of 32 spread rows misses it, so "a" matches the sample,
        // fails on row 250, and the search restarts with that row.
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 500, 3, 1000, r -> r[0], 9);
        problem.rows()[250][0] = 1;
        problem.targets()[250] = 3;
        assertEquals("max(a, 3)", Problems.found(symbolic, problem));
    }
}
