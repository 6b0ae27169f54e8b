package org.mips.regressors;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.logicng.formulas.Formula;
import org.logicng.formulas.FormulaFactory;
import org.logicng.handlers.TimeoutHandler;
import org.logicng.handlers.TimeoutOptimizationHandler;
import org.logicng.solvers.maxsat.OptimizationConfig;
import org.logicng.transformations.simplification.AdvancedSimplifier;
import org.logicng.transformations.simplification.AdvancedSimplifierConfig;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.program.UnaryOp;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.pf4j.Extension;

/**
 * Boolean regression (reference 6.3) for problems whose variables and target are all 0 or 1. The
 * variables the table needs are kept ({@link Support}); rows never observed are don't-cares. Candidates:
 * the minimum sum of products (Quine-McCluskey with don't-cares: {@link PrimeImplicants}, cover by
 * LogicNG's MaxSAT in {@link MinimumCover}), LogicNG's {@link AdvancedSimplifier} factoring of it, the
 * negation of the minimum sum of products of the complement, and the reference's symmetric forms
 * ({@link SymmetricForms}). The smallest in IR nodes wins, the earlier of equals.
 */
@Extension
public final class BooleanRegressor implements Regressor {

    /** Variables up to which the exact two-level minimisation runs (3^12 cubes at worst). */
    static final int MAX_MINIMISED_VARIABLES = 12;
    /** Variables up to which the symmetric forms are still tried. */
    static final int MAX_VARIABLES = 20;
    private static final int MAX_CUBES = 200_000;

    /** Minimisation over bits. */
    @Override
    public int cost() {
        return 20;
    }

    @Override
    public String id() {
        return "boolean";
    }

    @Override
    public String description() {
        return "Smallest Boolean formula of 0/1 variables: minimum sum of products with don't-cares, factored, or xor/threshold forms";
    }

    @Override
    public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
        if (problem.rows().length == 0) {
            return Outcome.none("no rows to fit");
        }
        Optional<String> nonBit = firstNonBit(problem);
        if (nonBit.isPresent()) {
            return Outcome.none(nonBit.get());
        }
        Outcome<DistinctRows> distinct = DistinctRows.of(problem);
        if (distinct instanceof Outcome.None<DistinctRows> none) {
            return Outcome.none(none.reason());
        }
        DistinctRows rows = distinct.toOptional().orElseThrow();
        int[] support = Support.of(rows);
        if (support.length == 0) {
            return ExactCheck.verified(Expr.constant(rows.targets()[0]), problem);
        }
        if (support.length > MAX_VARIABLES) {
            return Outcome.none("the target needs " + support.length + " variables; at most " + MAX_VARIABLES + " are tried");
        }
        TruthTable table = TruthTable.of(rows, support, problem.variables());
        Deadline clock = Deadline.at(deadline);
        List<Expr> candidates = new ArrayList<>();
        if (support.length <= MAX_MINIMISED_VARIABLES) {
            candidates.addAll(twoLevel(table, clock));
        }
        candidates.addAll(SymmetricForms.of(table));
        if (candidates.isEmpty()) {
            return Outcome.none(support.length > MAX_MINIMISED_VARIABLES
                    ? "the target needs " + support.length + " variables and is not symmetric; minimisation stops at "
                            + MAX_MINIMISED_VARIABLES
                    : "minimisation did not finish before the deadline");
        }
        return smallestExact(candidates, problem);
    }

    /** The smallest candidate that is exact, the earlier of equals (a stable sort keeps their order). */
    private static Outcome<Expr> smallestExact(List<Expr> candidates, RegressionProblem problem) {
        List<Expr> bySize = new ArrayList<>(candidates);
        bySize.sort(Comparator.comparingInt(Expr::size));
        Outcome<Expr> first = null;
        for (Expr candidate : bySize) {
            Outcome<Expr> checked = ExactCheck.verified(candidate, problem);
            if (checked instanceof Outcome.Found<Expr>) {
                return checked;
            }
            first = first == null ? checked : first;
        }
        return first;
    }

    /** The minimum sum of products, its factored form and the negated minimum of the complement. */
    private static List<Expr> twoLevel(TruthTable table, Deadline clock) {
        List<Expr> forms = new ArrayList<>();
        FormulaFactory f = new FormulaFactory();
        Optional<Formula> direct = minimumSumOfProducts(f, table, clock);
        direct.flatMap(d -> LogicFormulas.toExpr(d, table.names())).ifPresent(forms::add);
        direct.flatMap(d -> factored(d, clock)).flatMap(d -> LogicFormulas.toExpr(d, table.names())).ifPresent(forms::add);
        minimumSumOfProducts(f, table.complement(), clock)
                .flatMap(c -> LogicFormulas.toExpr(c, table.names()))
                .map(c -> (Expr) Expr.unary(UnaryOp.NOT, c))
                .ifPresent(forms::add);
        return forms;
    }

    private static Optional<Formula> minimumSumOfProducts(FormulaFactory f, TruthTable table, Deadline clock) {
        return PrimeImplicants.of(table.upper(), table.variables(), MAX_CUBES, clock)
                .flatMap(primes -> MinimumCover.of(primes, table.on(), clock))
                .map(cover -> LogicFormulas.sumOfProducts(f, cover, table.variables()));
    }

    /** LogicNG's simplifier, which factors common literals out of a sum of products; empty on timeout. */
    private static Optional<Formula> factored(Formula formula, Deadline clock) {
        TimeoutOptimizationHandler handler = new TimeoutOptimizationHandler(clock.epochMillis(), TimeoutHandler.TimerType.FIXED_END);
        AdvancedSimplifierConfig config = AdvancedSimplifierConfig.builder()
                .optimizationConfig(OptimizationConfig.sat(handler))
                .build();
        return Optional.ofNullable(formula.transform(new AdvancedSimplifier(config)));
    }

    private static Optional<String> firstNonBit(RegressionProblem problem) {
        long[][] rows = problem.rows();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != 0 && rows[r][c] != 1) {
                    return Optional.of("variable " + problem.variables().get(c) + " is " + rows[r][c] + " on row " + r
                            + "; Boolean regression needs 0/1 values");
                }
            }
            if (problem.targets()[r] != 0 && problem.targets()[r] != 1) {
                return Optional.of("the target is " + problem.targets()[r] + " on row " + r + "; Boolean regression needs 0/1 values");
            }
        }
        return Optional.empty();
    }
}
