package org.mips.core.regress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.Regressor;

class FormulaFitterTest {

    /** y = a xor b over every row of two bits. */
    private static Map<List<Long>, Long> xor() {
        Map<List<Long>, Long> rows = new LinkedHashMap<>();
        for (long a = 0; a < 2; a++) {
            for (long b = 0; b < 2; b++) {
                rows.put(List.of(a, b), a ^ b);
            }
        }
        return rows;
    }

    private static final Regressor LONG = TestRegressor.knowing("long", "(a + b) % 2 + 0 * a");
    private static final Regressor TABLE = TestRegressor.of("table", (problem, deadline) -> Outcome.found(new Expr.Lookup(
            List.of(new Expr.Var("a"), new Expr.Var("b")), List.of(new Expr.Entry(List.of(0L, 1L), 1), new Expr.Entry(List.of(1L, 0L), 1)), 0)));
    private static final Regressor SHORT = TestRegressor.knowing("short", "a ^ b");

    @Test
    void theFirstFitWinsWithoutTimeToImprove() {
        FormulaFitter.Fit fit = new FormulaFitter(List.of(LONG, SHORT), Duration.ofSeconds(5)).fit("y", List.of("a", "b"), xor());
        assertEquals("long", fit.formula().regressor());
        assertEquals(List.of("long: fitted"), fit.formula().attempts());
    }

    @Test
    void laterRegressorsReplaceAFitOnlyWithASmallerFormula() {
        FormulaFitter.Fit fit = new FormulaFitter(List.of(LONG, SHORT, TABLE), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .fit("y", List.of("a", "b"), xor());
        assertEquals("short", fit.formula().regressor());
        assertEquals("a ^ b", fit.formula().formula());
        assertEquals(List.of("long: fitted", "short: fitted a smaller formula (3 nodes)", "table: fitted, not smaller (5 nodes)"),
                fit.formula().attempts());
    }

    @Test
    void aTableNeverReplacesAFormulaEvenWithFewerNodes() {
        FormulaFitter.Fit fit = new FormulaFitter(List.of(LONG, TABLE), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .fit("y", List.of("a", "b"), xor());
        assertEquals("long", fit.formula().regressor());
    }

    @Test
    void pastTheProgramsTimeNoRegressorStarts() {
        FormulaFitter fitter = new FormulaFitter(List.of(LONG, SHORT), Duration.ofSeconds(5), Duration.ofSeconds(5));
        FormulaFitter.Fit fit = fitter.fit("y", List.of("a", "b"), xor(), java.time.Instant.now().minusSeconds(1));
        assertNull(fit.expr());
        assertEquals(List.of("long: not tried: the program's time had run out", "short: not tried: the program's time had run out"),
                fit.formula().attempts());
        assertEquals("short", fitter.fit("y", List.of("a", "b"), xor(), java.time.Instant.now().plusSeconds(60)).formula().regressor());
    }

    @Test
    void nothingFitsWithoutAnExpression() {
        FormulaFitter.Fit fit = new FormulaFitter(List.of(TestRegressor.knowing("none", "a")), Duration.ofSeconds(5), Duration.ofSeconds(5))
                .fit("y", List.of("a", "b"), xor());
        assertNull(fit.expr());
        assertEquals("", fit.formula().regressor());
    }
}
