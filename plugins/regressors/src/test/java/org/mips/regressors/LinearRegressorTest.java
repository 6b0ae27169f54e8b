package org.mips.regressors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.testkit.ContractProblems;

class LinearRegressorTest {

    private final LinearRegressor linear = new LinearRegressor();

    @Test
    void recoversAnIntegerLinearFormula() {
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 30, -50, 50, r -> 2 * r[0] - r[1] + 3, 1);
        assertEquals("2 * a - b + 3", Problems.found(linear, problem));
    }

    @Test
    void writesUnitCoefficientsWithoutANumberAndDropsZeroTerms() {
        RegressionProblem problem = Problems.rows(List.of("a", "b", "x"), 30, 0, 99, r -> -r[0] + r[2] + 71, 2);
        assertEquals("-a + x + 71", Problems.found(linear, problem));
        assertEquals("b", Problems.found(linear, Problems.rows(List.of("a", "b"), 10, 0, 9, r -> r[1], 3)));
        assertEquals("-4", Problems.found(linear, Problems.rows(List.of("a"), 10, 0, 9, r -> -4, 4)));
    }

    @Test
    void prefersFewerTermsWhenColumnsAreCollinear() {
        // c always equals a and d is constant, so 2a + 1 could also be written a + c + 1 or 2c + d - 4.
        RegressionProblem problem = Problems.rows(List.of("c", "d", "a"), 20, 0, 9, r -> 0, 5);
        for (int i = 0; i < problem.rows().length; i++) {
            problem.rows()[i][2] = problem.rows()[i][0];
            problem.rows()[i][1] = 5;
            problem.targets()[i] = 2 * problem.rows()[i][0] + 1;
        }
        assertEquals("2 * c + 1", Problems.found(linear, problem));
    }

    @Test
    void refusesAFractionalFit() {
        RegressionProblem problem = new RegressionProblem("y", List.of("a", "b"),
                new long[][] {{0, 0}, {2, 0}, {0, 2}, {4, 2}}, new long[] {0, 1, 1, 3});
        Outcome<Expr> outcome = Problems.fit(linear, problem);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("1/2"), outcome::toString);
    }

    @Test
    void findsNothingInNoise() {
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 40, 0, 20, ContractProblems.consistentNoise(9, 100), 6);
        Outcome<Expr> outcome = Problems.fit(linear, problem);
        assertInstanceOf(Outcome.None.class, outcome, outcome::toString);
    }

    @Test
    void handlesValuesNearTheEdgeOf64Bits() {
        long big = 1L << 61;
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 20, -big, big, r -> r[0] - r[1], 7);
        assertEquals("a - b", Problems.found(linear, problem));
    }

    @Test
    void rejectsAFitThatOverflowsOnARow() {
        // 2a - b fits every row, but 2a overflows 64 bits on the last one, where the IR leaves it undefined.
        long half = Long.MAX_VALUE / 2;
        RegressionProblem problem = new RegressionProblem("y", List.of("a", "b"),
                new long[][] {{0, 0}, {1, 0}, {0, 1}, {half + 10, half + 20}}, new long[] {0, 2, -1, half});
        Outcome<Expr> outcome = Problems.fit(linear, problem);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("overflow"), outcome::toString);
    }
}
