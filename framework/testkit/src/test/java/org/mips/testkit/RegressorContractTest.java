package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;

/** Guards the guard: the regressor contract must fail regressors that break it. */
class RegressorContractTest {

    private static Regressor regressor(BiFunction<RegressionProblem, Instant, Outcome<Expr>> fit) {
        return new Regressor() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public int cost() {
                return 1;
            }

            @Override
            public String description() {
                return "a regressor for testing the contract";
            }

            @Override
            public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
                return fit.apply(problem, deadline);
            }
        };
    }

    private static AbstractRegressorContractTest contract(Regressor regressor, List<ContractProblems.Case> problems) {
        return new AbstractRegressorContractTest() {
            @Override
            protected Regressor regressor() {
                return regressor;
            }

            @Override
            protected List<ContractProblems.Case> problems() {
                return problems;
            }

            @Override
            protected Duration budget() {
                return Duration.ofMillis(50);
            }
        };
    }

    private static AbstractRegressorContractTest contract(Regressor regressor) {
        return contract(regressor, ContractProblems.all());
    }

    private static long allFailures(AbstractRegressorContractTest contract) {
        return DynamicTestFailures.count(contract.everyFormulaIsExactOnEveryRowAndFitsAreDeterministic())
                + DynamicTestFailures.count(contract.leavesTheProblemAlone())
                + DynamicTestFailures.count(contract.answersWhenTheDeadlineHasPassed())
                + DynamicTestFailures.count(contract.findsNothingInContradictoryRows());
    }

    @Test
    void aRegressorThatNeverFindsAnythingPasses() {
        assertEquals(0, allFailures(contract(regressor((p, d) -> Outcome.none("never")))));
    }

    @Test
    void aRegressorThatIsRightWhenItAnswersPasses() {
        // Answers only constant targets, with the constant: exact where it answers.
        Regressor constants = regressor((p, d) -> p.targets().length > 0 && Arrays.stream(p.targets()).distinct().count() == 1
                ? Outcome.found(Expr.constant(p.targets()[0])) : Outcome.none("not constant"));
        assertEquals(0, allFailures(contract(constants)));
    }

    @Test
    void aWrongFormulaFails() {
        long withNonZeroTarget = ContractProblems.all().stream()
                .filter(c -> Arrays.stream(c.problem().targets()).anyMatch(t -> t != 0))
                .count();
        AbstractRegressorContractTest contract = contract(regressor((p, d) -> Outcome.found(Expr.constant(0))));
        assertEquals(withNonZeroTarget, DynamicTestFailures.count(contract.everyFormulaIsExactOnEveryRowAndFitsAreDeterministic()));
    }

    @Test
    void aFormulaOverAnotherVariableFails() {
        AbstractRegressorContractTest contract = contract(regressor((p, d) -> Outcome.found(Expr.var("zz"))));
        assertEquals(ContractProblems.all().size(), DynamicTestFailures.count(contract.everyFormulaIsExactOnEveryRowAndFitsAreDeterministic()));
    }

    @Test
    void aFormulaForContradictoryRowsFails() {
        AbstractRegressorContractTest contract = contract(regressor((p, d) -> Outcome.found(Expr.constant(1))));
        assertEquals(2, DynamicTestFailures.count(contract.findsNothingInContradictoryRows()));
    }

    @Test
    void aRegressorThatThrowsFails() {
        AbstractRegressorContractTest contract = contract(regressor((p, d) -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(ContractProblems.all().size(), DynamicTestFailures.count(contract.answersWhenTheDeadlineHasPassed()));
    }

    @Test
    void aRegressorThatThrowsOnceItsDeadlineHasPassedFails() {
        Regressor impatient = regressor((p, d) -> {
            if (d.isBefore(Instant.now())) {
                throw new IllegalStateException("deadline passed");
            }
            return Outcome.none("nothing");
        });
        AbstractRegressorContractTest contract = contract(impatient);
        assertEquals(0, DynamicTestFailures.count(contract.everyFormulaIsExactOnEveryRowAndFitsAreDeterministic()));
        assertEquals(ContractProblems.all().size(), DynamicTestFailures.count(contract.answersWhenTheDeadlineHasPassed()));
    }

    @Test
    void aRegressorThatGivesUpWithoutAReasonFails() {
        Regressor silent = regressor((p, d) -> d.isBefore(Instant.now()) ? Outcome.none(" ") : Outcome.none("nothing"));
        assertEquals(ContractProblems.all().size(), DynamicTestFailures.count(contract(silent).answersWhenTheDeadlineHasPassed()));
    }

    @Test
    void aNonDeterministicRegressorFails() {
        int[] calls = {0};
        Regressor flaky = regressor((p, d) -> ++calls[0] % 2 == 1 && p.targets().length > 0
                ? Outcome.found(Expr.constant(p.targets()[0])) : Outcome.none("every other time"));
        List<ContractProblems.Case> constantTargets = ContractProblems.all().stream()
                .filter(c -> c.name().contains("constant target"))
                .toList();
        assertEquals(2, constantTargets.size());
        assertEquals(2, DynamicTestFailures.count(contract(flaky, constantTargets).everyFormulaIsExactOnEveryRowAndFitsAreDeterministic()));
    }

    @Test
    void aRegressorThatWritesIntoTheProblemFails() {
        Regressor vandal = regressor((p, d) -> {
            if (p.targets().length > 0) {
                p.targets()[0]++;
            }
            return Outcome.none("vandal");
        });
        long withRows = ContractProblems.all().stream().filter(c -> c.problem().targets().length > 0).count();
        assertEquals(withRows, DynamicTestFailures.count(contract(vandal).leavesTheProblemAlone()));
    }
}
