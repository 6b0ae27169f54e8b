package org.mips.regressors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The span of integer rows {@code [x_0 .. x_{m-1} | t]} kept in reduced echelon form with exact integer
 * (fraction-free) elimination: every basis row has a pivot column in which all other basis rows are zero.
 * That answers exactly, with no rounding, whether {@code x·c = t} has a solution, which coefficients are
 * free, and the solution with the free ones at zero. Values of any size are fine (big integers). Ours, not
 * EJML's: EJML works in floating point, and a formula must be exact on every row.
 */
final class RowSpace {

    private final int unknowns;
    private final List<BigInteger[]> basis = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    /** @param unknowns number of coefficient columns; rows carry one more, the right-hand side */
    RowSpace(int unknowns) {
        this.unknowns = unknowns;
    }

    /** Adds {@code [x | t]}; returns whether it was independent of the rows already added. */
    boolean add(BigInteger[] row) {
        BigInteger[] r = row.clone();
        for (int b = 0; b < basis.size(); b++) {
            int p = pivots.get(b);
            if (r[p].signum() != 0) {
                r = eliminate(r, basis.get(b), p);
            }
        }
        int pivot = firstNonZero(r);
        if (pivot < 0) {
            return false;
        }
        if (r[pivot].signum() < 0) {
            r = negate(r);
        }
        for (int b = 0; b < basis.size(); b++) {
            if (basis.get(b)[pivot].signum() != 0) {
                basis.set(b, eliminate(basis.get(b), r, pivot));
            }
        }
        basis.add(r);
        pivots.add(pivot);
        return true;
    }

    /** Whether some coefficient vector reproduces every right-hand side added so far. */
    boolean consistent() {
        return !pivots.contains(unknowns);
    }

    /** Whether the coefficients are determined: one pivot per coefficient column. */
    boolean determined() {
        return consistent() && basis.size() == unknowns;
    }

    int rank() {
        return basis.size();
    }

    List<BigInteger[]> basis() {
        return List.copyOf(basis);
    }

    /**
     * The solution with every free coefficient at zero, if the system is consistent and that solution is
     * integral; otherwise empty.
     */
    Optional<BigInteger[]> integerSolution() {
        if (!consistent()) {
            return Optional.empty();
        }
        BigInteger[] solution = new BigInteger[unknowns];
        Arrays.fill(solution, BigInteger.ZERO);
        for (int b = 0; b < basis.size(); b++) {
            BigInteger[] row = basis.get(b);
            BigInteger[] quotient = row[unknowns].divideAndRemainder(row[pivots.get(b)]);
            if (quotient[1].signum() != 0) {
                return Optional.empty();
            }
            solution[pivots.get(b)] = quotient[0];
        }
        return Optional.of(solution);
    }

    /** For a reason text: the first pivot coefficient that is not an integer, as {@code p/q}. */
    Optional<String> firstFraction(List<String> columnNames) {
        for (int b = 0; b < basis.size(); b++) {
            BigInteger[] row = basis.get(b);
            BigInteger numerator = row[unknowns];
            BigInteger denominator = row[pivots.get(b)];
            if (numerator.mod(denominator).signum() != 0) {
                BigInteger gcd = numerator.gcd(denominator);
                return Optional.of(columnNames.get(pivots.get(b)) + " = " + numerator.divide(gcd) + "/" + denominator.divide(gcd));
            }
        }
        return Optional.empty();
    }

    /** {@code r·pivotRow[p] - pivotRow·r[p]}, which is zero in column {@code p}, divided by its gcd. */
    private static BigInteger[] eliminate(BigInteger[] r, BigInteger[] pivotRow, int p) {
        BigInteger scale = pivotRow[p];
        BigInteger factor = r[p];
        BigInteger gcd = scale.gcd(factor);
        scale = scale.divide(gcd);
        factor = factor.divide(gcd);
        BigInteger[] out = new BigInteger[r.length];
        for (int c = 0; c < r.length; c++) {
            out[c] = r[c].multiply(scale).subtract(pivotRow[c].multiply(factor));
        }
        if (scale.signum() < 0) {
            out = negate(out);
        }
        return reduced(out);
    }

    private static BigInteger[] reduced(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger v : row) {
            gcd = gcd.gcd(v);
        }
        if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
            return row;
        }
        BigInteger[] out = new BigInteger[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = row[c].divide(gcd);
        }
        return out;
    }

    private static BigInteger[] negate(BigInteger[] row) {
        BigInteger[] out = new BigInteger[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = row[c].negate();
        }
        return out;
    }

    private static int firstNonZero(BigInteger[] row) {
        for (int c = 0; c < row.length; c++) {
            if (row[c].signum() != 0) {
                return c;
            }
        }
        return -1;
    }
}
