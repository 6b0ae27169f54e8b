package org.mips.regressors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.testkit.ContractProblems;
import org.mips.testkit.FormulaCheck;

class TableRegressorTest {

    private final TableRegressor table = new TableRegressor();

    private Expr.Lookup lookup(RegressionProblem problem) {
        Outcome<Expr> outcome = Problems.fit(table, problem);
        Expr found = outcome.toOptional().orElseThrow(() -> new AssertionError(outcome.toString()));
        assertEquals(Optional.empty(), FormulaCheck.firstFailure(found, problem));
        return assertInstanceOf(Expr.Lookup.class, found);
    }

    @Test
    void fitsConsistentRandomData() {
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 200, 0, 9, ContractProblems.consistentNoise(1, 50), 1);
        Expr.Lookup lookup = lookup(problem);
        assertEquals(List.of(Expr.var("a"), Expr.var("b")), lookup.keys());
    }

    @Test
    void keysOnlyTheVariablesTheTargetDependsOn() {
        RegressionProblem problem = Problems.rows(List.of("a", "noise", "b"), 200, 0, 5,
                r -> ContractProblems.consistentNoise(2, 40).applyAsLong(new long[] {r[0], r[2]}), 2);
        Expr.Lookup lookup = lookup(problem);
        assertEquals(List.of(Expr.var("a"), Expr.var("b")), lookup.keys());
    }

    @Test
    void leavesTheMostFrequentValueToTheDefault() {
        RegressionProblem problem = Problems.rows(List.of("a"), 50, 0, 9, r -> r[0] == 3 ? 8 : 0, 3);
        Expr.Lookup lookup = lookup(problem);
        assertEquals(0, lookup.otherwise());
        assertEquals(List.of(new Expr.Entry(List.of(3L), 8)), lookup.entries());
    }

    @Test
    void aConstantTargetIsAConstant() {
        RegressionProblem problem = Problems.rows(List.of("a", "b"), 20, 0, 9, r -> 6, 4);
        assertEquals(Outcome.found(Expr.constant(6)), Problems.fit(table, problem));
    }

    @Test
    void rejectsAContradictoryRowPair() {
        RegressionProblem problem = new RegressionProblem("y", List.of("a", "b"),
                new long[][] {{1, 2}, {3, 4}, {1, 2}}, new long[] {5, 6, 7});
        Outcome<Expr> outcome = Problems.fit(table, problem);
        assertInstanceOf(Outcome.None.class, outcome);
        assertEquals("rows 0 and 2 have the same values (a=1, b=2) but targets 5 and 7", ((Outcome.None<Expr>) outcome).reason());
    }
}
