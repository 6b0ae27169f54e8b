package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 4 of the GCD lattice finder (reference section 5.2b), "Euclid on determinants". The determinant
 * is linear in each row, so running Euclid's algorithm (nearest-integer quotients) on
 * {@code a = det[b_0; V]} and {@code a' = det[u; V]} while applying the same steps to the rows
 * {@code b_0} and {@code u} yields an integer combination v of them with {@code det[v; V] = gcd(a, a')}.
 * Repeating this against fresh sample vectors shrinks the basis's cell to the lattice's unit cell; the
 * loop stops once every sampled simplex volume is an integer multiple of the cell's volume.
 *
 * <p>The reference's reordering after each step overwrites a row it still needs (a quirk noted in 5.2b);
 * here the reduced row moves to the back, so every basis row takes its turn against fresh vectors. And
 * where the reference reduces the basis only at the end, here it is size-reduced after every step: Euclid's
 * large quotients otherwise leave long, nearly parallel rows whose determinants cancel to noise.
 */
final class GcdBasis {

    /**
     * The starting rows need only be independent: Euclid and the size reduction after each step fix
     * their conditioning. A stricter test would miss directions that only a few states move along.
     */
    static final double INDEPENDENT = 0.02;

    /** Euclid on two reals ends within this many steps unless the cut-off is below rounding noise. */
    static final int MAX_EUCLID_STEPS = 64;

    private GcdBasis() {
    }

    /**
     * A lattice basis (rows) for the sampled vectors, or empty when they do not span {@code rank}
     * dimensions.
     *
     * @param vectors   sampled states minus the anchor, in subspace coordinates, in drawing order
     * @param volumes   sampled simplex volumes the cell's volume must divide
     * @param threshold the reference's {@code thres}: remainders below this fraction of the starting
     *                  determinant count as zero, and volume ratios within it of an integer as integers
     */
    static Optional<double[][]> find(List<double[]> vectors, int rank, double[] volumes, double threshold) {
        List<double[]> fresh = new ArrayList<>(vectors);
        Optional<double[][]> initial = BasisSelection.greedy(vectors, rank, INDEPENDENT);
        if (initial.isEmpty()) {
            return Optional.empty();
        }
        double[][] basis = initial.get();
        for (double[] row : basis) {
            fresh.remove(row);
        }
        for (double[] u : fresh) {
            if (dividesAll(Math.abs(Determinant.of(basis)), volumes, threshold)) {
                break;
            }
            double a = Determinant.of(basis);
            double b = Determinant.withRow(basis, 0, u);
            double[] reduced = euclid(a, basis[0], b, u, threshold * Math.abs(a));
            double[][] rotated = new double[rank][];
            System.arraycopy(basis, 1, rotated, 0, rank - 1);
            rotated[rank - 1] = reduced;
            basis = BasisReduction.reduce(rotated);
        }
        return Optional.of(basis);
    }

    /**
     * The row paired with the last remainder above {@code cutoff} when Euclid runs on {@code (a, b)}
     * with the same steps applied to {@code (va, vb)}, starting with b reduced by a.
     */
    static double[] euclid(double a, double[] va, double b, double[] vb, double cutoff) {
        double[] x = va.clone();
        double[] y = vb.clone();
        for (int step = 0; step < MAX_EUCLID_STEPS && a != 0; step++) {
            double q = Math.rint(b / a);
            b -= q * a;
            Vectors.addScaled(y, -q, x);
            if (!(Math.abs(b) >= cutoff)) {
                return x;
            }
            double swap = a;
            a = b;
            b = swap;
            double[] swapRow = x;
            x = y;
            y = swapRow;
        }
        return x;
    }

    /** Whether every volume is within {@code threshold} of an integer multiple of {@code cell}. */
    static boolean dividesAll(double cell, double[] volumes, double threshold) {
        if (!(cell > 0)) {
            return false;
        }
        for (double volume : volumes) {
            double ratio = volume / cell;
            if (!(Math.abs(ratio - Math.rint(ratio)) <= threshold)) {
                return false;
            }
        }
        return true;
    }
}
