package org.mips.regressors;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mips.spi.Outcome;
import org.mips.spi.program.Expr;
import org.mips.spi.regress.RegressionProblem;
import org.mips.spi.regress.Regressor;
import org.pf4j.Extension;

/**
 * {@code target = c0 + Σ ci·vi} with integer coefficients (reference 6.2). The reference fits least
 * squares in floating point and rounds; this solves the rows exactly instead ({@link RowSpace}), which
 * gives the same formula whenever one exists and never a rounded one that is merely close. When the
 * coefficients are determined they are the only candidates; when they are not (collinear columns, e.g.
 * a constant variable or two equal ones) the fewest variables win: subsets are tried by increasing
 * size, each solved on the basis rows, which span every row.
 */
@Extension
public final class LinearRegressor implements Regressor {

    /** Subsets tried at most, so the answer does not depend on the machine's speed. */
    static final int MAX_SUBSETS = 1 << 16;

    /** Exact elimination over integer rows: the cheapest. */
    @Override
    public int cost() {
        return 10;
    }

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String description() {
        return "Integer-coefficient linear formula over the variables, exact on every row, fewest terms first";
    }

    @Override
    public Outcome<Expr> fit(RegressionProblem problem, Instant deadline) {
        Outcome<DistinctRows> distinct = DistinctRows.of(problem);
        if (distinct instanceof Outcome.None<DistinctRows> none) {
            return Outcome.none(none.reason());
        }
        DistinctRows rows = distinct.toOptional().orElseThrow();
        Deadline clock = Deadline.at(deadline);
        int unknowns = problem.variables().size() + 1;
        RowSpace space = new RowSpace(unknowns);
        for (int r = 0; r < rows.size() && !space.determined(); r++) {
            space.add(equation(rows.rows()[r], rows.targets()[r]));
            if (!space.consistent()) {
                return Outcome.none("no linear function of the variables fits the rows up to row " + rows.origins()[r]);
            }
            if (clock.passed()) {
                return Outcome.none("deadline passed while solving the rows");
            }
        }
        if (space.determined()) {
            // The only solution: if it is fractional no integer formula exists, and no subset can do better.
            Optional<BigInteger[]> solution = space.integerSolution();
            if (solution.isEmpty()) {
                return Outcome.none("the only linear fit has a fractional coefficient: "
                        + space.firstFraction(columnNames(problem)).orElse("?"));
            }
            return formula(solution.get(), problem)
                    .map(f -> ExactCheck.verified(f, problem))
                    .orElseGet(() -> Outcome.none("a coefficient of the linear fit does not fit in 64 bits"));
        }
        return fewestTerms(space, problem, clock);
    }

    /** Subsets of variables by increasing size, then in lexicographic order; the first integral exact fit. */
    private Outcome<Expr> fewestTerms(RowSpace space, RegressionProblem problem, Deadline clock) {
        int variables = problem.variables().size();
        int tried = 0;
        Outcome<Expr> last = Outcome.none("no subset of the variables has an integer linear fit");
        for (int size = 0; size <= Math.min(variables, space.rank()); size++) {
            for (int[] subset : Combinations.of(variables, size)) {
                if (++tried > MAX_SUBSETS || clock.passed()) {
                    return Outcome.none((clock.passed() ? "deadline passed" : "gave up") + " after trying " + (tried - 1)
                            + " subsets of the variables for an integer linear fit");
                }
                Optional<BigInteger[]> solution = solveOn(space.basis(), subset, variables + 1);
                if (solution.isPresent()) {
                    Optional<Expr> formula = formula(solution.get(), problem);
                    if (formula.isPresent()) {
                        Outcome<Expr> checked = ExactCheck.verified(formula.get(), problem);
                        if (checked instanceof Outcome.Found<Expr>) {
                            return checked;
                        }
                        last = checked;
                    }
                }
            }
        }
        return last;
    }

    /** Solves the basis rows with only the constant and {@code subset} as unknowns; full-width result. */
    private static Optional<BigInteger[]> solveOn(List<BigInteger[]> basis, int[] subset, int unknowns) {
        RowSpace restricted = new RowSpace(subset.length + 1);
        for (BigInteger[] row : basis) {
            BigInteger[] projected = new BigInteger[subset.length + 2];
            projected[0] = row[0];
            for (int i = 0; i < subset.length; i++) {
                projected[i + 1] = row[subset[i] + 1];
            }
            projected[subset.length + 1] = row[unknowns];
            restricted.add(projected);
            if (!restricted.consistent()) {
                return Optional.empty();
            }
        }
        return restricted.integerSolution().map(small -> {
            BigInteger[] full = new BigInteger[unknowns];
            Arrays.fill(full, BigInteger.ZERO);
            full[0] = small[0];
            for (int i = 0; i < subset.length; i++) {
                full[subset[i] + 1] = small[i + 1];
            }
            return full;
        });
    }

    private static BigInteger[] equation(long[] row, long target) {
        BigInteger[] equation = new BigInteger[row.length + 2];
        equation[0] = BigInteger.ONE;
        for (int c = 0; c < row.length; c++) {
            equation[c + 1] = BigInteger.valueOf(row[c]);
        }
        equation[row.length + 1] = BigInteger.valueOf(target);
        return equation;
    }

    private static Optional<Expr> formula(BigInteger[] solution, RegressionProblem problem) {
        long[] coefficients = new long[solution.length];
        for (int i = 0; i < solution.length; i++) {
            if (solution[i].bitLength() > 63) {
                return Optional.empty();
            }
            coefficients[i] = solution[i].longValueExact();
        }
        return Optional.of(LinearFormula.of(problem.variables(), coefficients));
    }

    private static List<String> columnNames(RegressionProblem problem) {
        List<String> names = new ArrayList<>();
        names.add("the constant");
        problem.variables().forEach(v -> names.add("the coefficient of " + v));
        return names;
    }
}
