package org.mips.regressors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.regress.RegressionProblem;
import org.mips.testkit.ContractProblems;

class BooleanRegressorTest {

    private final BooleanRegressor bool = new BooleanRegressor();

    @Test
    void writesTheCarryAsAThreshold() {
        RegressionProblem carry = Problems.truthTable(List.of("a", "b", "c"), r -> Problems.bit(r[0] + r[1] + r[2] > 1));
        assertEquals("a + b + c > 1", Problems.found(bool, carry));
    }

    @Test
    void writesParityAsAnXorChain() {
        assertEquals("a ^ b ^ c", Problems.found(bool, Problems.truthTable(List.of("a", "b", "c"), r -> r[0] ^ r[1] ^ r[2])));
        assertEquals("a ^ b ^ c ^ d", Problems.found(bool,
                Problems.truthTable(List.of("a", "b", "c", "d"), r -> r[0] ^ r[1] ^ r[2] ^ r[3])));
    }

    @Test
    void writesEqualityOfBitsInFourNodes() {
        String formula = Problems.found(bool, Problems.truthTable(List.of("x", "prev"), r -> Problems.bit(r[0] == r[1])));
        assertEquals(4, ExprSyntax.parse(formula).size(), formula);
    }

    @Test
    void keepsOnlyTheVariablesTheTargetDependsOn() {
        RegressionProblem problem = Problems.truthTable(List.of("a", "b", "c", "d"), r -> Problems.bit(r[0] == 1 && r[2] == 0));
        assertEquals("a and not c", Problems.found(bool, problem));
    }

    @Test
    void negatesTheComplementWhenThatIsShorter() {
        RegressionProblem nand = Problems.truthTable(List.of("a", "b"), r -> Problems.bit(!(r[0] == 1 && r[1] == 1)));
        assertEquals("not (a and b)", Problems.found(bool, nand));
    }

    @Test
    void usesUnobservedRowsAsDontCares() {
        // a = b = 1 never occurs: as a don't-care it lets one term cover both observed 1s (c does not matter).
        RegressionProblem problem = new RegressionProblem("y", List.of("a", "b", "c"),
                new long[][] {{0, 0, 0}, {1, 0, 0}, {0, 1, 1}, {0, 0, 1}}, new long[] {0, 1, 1, 0});
        assertEquals("a or b", Problems.found(bool, problem));
    }

    @Test
    void refusesNonBitValues() {
        RegressionProblem problem = Problems.rows(List.of("a"), 10, 0, 5, r -> r[0], 1);
        Outcome<Expr> outcome = Problems.fit(bool, problem);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("0/1"), outcome::toString);
    }

    @Test
    void findsNothingInNoise() {
        // 100 rows of 3 bits repeat every assignment, and random targets contradict each other.
        RegressionProblem noise = Problems.rows(List.of("a", "b", "c"), 100, 0, 1, r -> 0, 8);
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < noise.targets().length; i++) {
            noise.targets()[i] = random.nextInt(2);
        }
        Outcome<Expr> outcome = Problems.fit(bool, noise);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("same values"), outcome::toString);
    }

    @Test
    void findsNothingForAnAsymmetricFunctionOfTooManyVariables() {
        List<String> names = IntStream.range(0, 14).mapToObj(i -> "x" + i).toList();
        RegressionProblem problem = Problems.truthTable(names, ContractProblems.consistentNoise(3, 2));
        Outcome<Expr> outcome = Problems.fit(bool, problem);
        assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(((Outcome.None<Expr>) outcome).reason().contains("not symmetric"), outcome::toString);
    }

    @Test
    void writesXorChainsOfManyVariables() {
        List<String> names = IntStream.range(0, 14).mapToObj(i -> "x" + i).toList();
        RegressionProblem problem = Problems.truthTable(names, r -> {
            long parity = 0;
            for (long bit : r) {
                parity ^= bit;
            }
            return parity;
        });
        assertEquals(String.join(" ^ ", names), Problems.found(bool, problem));
    }
}
