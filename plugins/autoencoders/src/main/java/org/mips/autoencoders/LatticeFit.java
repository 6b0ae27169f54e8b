package org.mips.autoencoders;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.mips.spi.Outcome;

/**
 * The common post-processing of both lattice finders (reference section 5.2) and the test that the
 * states really sit on the lattice. Given a basis A and an anchor b:
 * <ol>
 *   <li>shift b by whole basis vectors so that every coordinate's minimum over the states rounds to 0
 *       (the reference shifts by the unrounded minimum, which moves the lattice off the states by up to
 *       half a cell when one state is off the grid);
 *   <li>refit A and b to the rounded coordinates ({@link LatticeRefinement}; the reference's step 3
 *       corrects b with unrounded coordinates, which makes its correction vanish);
 *   <li>count each coordinate up from its minimum or down from its maximum, whichever makes it smaller;
 *   <li>judge the result on all states: most coordinates near integers, little of the states' spread
 *       left unexplained, more occupied lattice points than any r + 1 points would give, and coordinates
 *       of a coarse lattice.
 * </ol>
 */
final class LatticeFit {

    /** Largest mean distance of a coordinate to its nearest integer, in cells, for states on a lattice. */
    static final double MAX_MEAN_ROUNDING = 0.1;
    /** Largest reconstruction error, as a fraction of the states' own spread (both root mean square). */
    static final double MAX_RESIDUAL_FRACTION = 0.1;
    /** Largest coordinate: beyond it the "lattice" is a fine grid, not a set of small integers. */
    static final long MAX_COORDINATE = 1_000_000;

    private LatticeFit() {
    }

    /**
     * The post-processed lattice (without its description length), or why the states do not lie on it.
     *
     * @param basis  the basis vectors as rows, spanning the states' subspace
     * @param anchor a state taken as the starting point b
     * @param points the states
     */
    static Outcome<Lattice> fit(String detector, double[][] basis, double[] anchor, double[][] points) {
        return fit(detector, basis, anchor, points, false);
    }

    /**
     * As {@link #fit(String, double[][], double[], double[][])}; with {@code centre}, the anchor first moves to
     * where the states as a whole sit in their cells ({@link #offsets}) and the polish is kept only if it
     * brings the states as a whole nearer the lattice. A fitted linear update gives exact directions but a
     * seed that may be off; the GCD finder's basis, from a few states, needs its polish.
     */
    static Outcome<Lattice> fit(String detector, double[][] basis, double[] anchor, double[][] points, boolean centre) {
        Lattice seeded = Lattice.of(detector, basis, anchor);
        if (seeded == null) {
            return Outcome.none("the basis is degenerate (condition number above " + Lattice.MAX_CONDITION + ")");
        }
        int r = basis.length;
        double[] centred = anchor.clone();
        if (centre) {
            double[] offsets = offsets(seeded, points);
            for (int i = 0; i < r; i++) {
                Vectors.addScaled(centred, offsets[i], basis[i]);
            }
        }
        Lattice first = Lattice.of(detector, basis, centred);
        double[] minimum = new double[r];
        double[] maximum = new double[r];
        Arrays.fill(minimum, Double.POSITIVE_INFINITY);
        Arrays.fill(maximum, Double.NEGATIVE_INFINITY);
        for (double[] p : points) {
            double[] z = first.coordinates(p);
            for (int i = 0; i < r; i++) {
                minimum[i] = Math.min(minimum[i], z[i]);
                maximum[i] = Math.max(maximum[i], z[i]);
            }
        }
        for (int i = 0; i < r; i++) {
            if (!(maximum[i] - minimum[i] <= MAX_COORDINATE)) {
                return Outcome.none(String.format(Locale.ROOT, "lattice coordinates span %.3g values, above %d: the states are"
                        + " not on a coarse lattice", maximum[i] - minimum[i], MAX_COORDINATE));
            }
        }
        double[] b = centred.clone();
        for (int i = 0; i < r; i++) {
            Vectors.addScaled(b, Math.rint(minimum[i]), basis[i]);
        }
        Lattice unpolished = first.withAnchor(b);
        Lattice polished = LatticeRefinement.refined(unpolished, anchor, points);
        boolean keepPolish = !centre || meanRounding(polished, points) <= meanRounding(unpolished, points);
        Lattice lattice = oriented(keepPolish ? polished : unpolished, points);
        String problem = offTheLattice(lattice, points);
        return problem == null ? Outcome.found(lattice) : Outcome.none(problem);
    }

    /**
     * Per coordinate, the offset in (-1/2, 1/2] that best aligns the states with the lattice: the
     * circular mean of their fractional coordinates. The seed state alone may sit off the lattice the
     * other states share, e.g. {@code h = 0} and the first steps of a sequence, before biases that travel
     * down a shift register have settled.
     */
    private static double[] offsets(Lattice lattice, double[][] points) {
        int r = lattice.basis().length;
        double[] cos = new double[r];
        double[] sin = new double[r];
        for (double[] p : points) {
            double[] z = lattice.coordinates(p);
            for (int i = 0; i < r; i++) {
                cos[i] += Math.cos(2 * Math.PI * z[i]);
                sin[i] += Math.sin(2 * Math.PI * z[i]);
            }
        }
        double[] offsets = new double[r];
        for (int i = 0; i < r; i++) {
            offsets[i] = Math.hypot(cos[i], sin[i]) < 1e-12 ? 0 : Math.atan2(sin[i], cos[i]) / (2 * Math.PI);
        }
        return offsets;
    }

    /** Mean distance of the states' coordinates to their nearest integers. */
    private static double meanRounding(Lattice lattice, double[][] points) {
        double sum = 0;
        for (double[] p : points) {
            double[] z = lattice.coordinates(p);
            for (double v : z) {
                sum += Math.abs(v - Math.rint(v));
            }
        }
        return sum / ((double) points.length * lattice.basis().length);
    }

    /**
     * The lattice with each coordinate counted from its minimum over the states, in the direction that
     * makes it smaller on average: coordinate i becomes {@code z_i - min_i} or {@code max_i - z_i}, whichever
     * has the smaller mean {@code log2(1 + z)}, the description length's cost. (The reference orients basis
     * vectors by the sign of their coordinate sum, which says nothing about where the states are.)
     */
    private static Lattice oriented(Lattice lattice, double[][] points) {
        long[][] codes = Consistency.encodeAll(lattice, points);
        double[][] basis = lattice.basis();
        double[] anchor = lattice.anchor();
        for (int i = 0; i < basis.length; i++) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long[] code : codes) {
                min = Math.min(min, code[i]);
                max = Math.max(max, code[i]);
            }
            double upward = 0;
            double downward = 0;
            for (long[] code : codes) {
                upward += Math.log1p(code[i] - min);
                downward += Math.log1p(max - code[i]);
            }
            if (downward < upward) {
                Vectors.addScaled(anchor, max, basis[i]);
                basis[i] = Vectors.scaled(basis[i], -1);
            } else {
                Vectors.addScaled(anchor, min, basis[i]);
            }
        }
        Lattice result = Lattice.of(lattice.detector(), basis, anchor);
        return result == null ? lattice : result;
    }

    /** Why the states do not lie on the lattice, or null if they do. */
    private static String offTheLattice(Lattice lattice, double[][] points) {
        double rounding = 0;
        double residual = 0;
        double spread = 0;
        long largest = 0;
        int r = lattice.basis().length;
        Set<Code> codes = new HashSet<>();
        double[] mean = new double[points[0].length];
        for (double[] p : points) {
            Vectors.addScaled(mean, 1.0 / points.length, p);
        }
        for (double[] p : points) {
            double[] z = lattice.coordinates(p);
            long[] code = lattice.encode(p);
            for (int i = 0; i < z.length; i++) {
                rounding += Math.abs(z[i] - code[i]);
                largest = Math.max(largest, Math.abs(code[i]));
            }
            residual += Vectors.distanceSquared(p, lattice.decode(code));
            spread += Vectors.distanceSquared(p, mean);
            if (codes.size() <= r + 1) {
                codes.add(new Code(code));
            }
        }
        rounding /= (double) points.length * r;
        double residualFraction = Math.sqrt(residual / spread);
        if (codes.size() <= r + 1) {
            return codes.size() == 1 ? "every state rounds to the same lattice point"
                    : "the states occupy only " + codes.size() + " lattice points, and " + (r + 1)
                            + " points fit a " + r + "-dimensional lattice whatever they are";
        }
        if (largest > MAX_COORDINATE) {
            return "lattice coordinates reach " + largest + ", above " + MAX_COORDINATE + ": the states are not on a coarse lattice";
        }
        if (rounding > MAX_MEAN_ROUNDING) {
            return String.format(Locale.ROOT, "the states are not near lattice points: their coordinates are %.3f from the nearest"
                    + " integers on average (at most %.2f allowed)", rounding, MAX_MEAN_ROUNDING);
        }
        if (!(residualFraction <= MAX_RESIDUAL_FRACTION)) {
            return String.format(Locale.ROOT, "the lattice leaves %.1f%% of the states' spread unexplained (at most %.0f%% allowed)",
                    100 * residualFraction, 100 * MAX_RESIDUAL_FRACTION);
        }
        return null;
    }

    /** The reference's anchor: the state whose coordinates sum to the least (the first such). */
    static double[] smallestCoordinateSum(double[][] points) {
        double[] best = points[0];
        double bestSum = Vectors.sum(best);
        for (double[] p : points) {
            double sum = Vectors.sum(p);
            if (sum < bestSum) {
                best = p;
                bestSum = sum;
            }
        }
        return best.clone();
    }

    /** A found lattice beats none; of two found, the smaller description length; of two none, the first. */
    static Outcome<Lattice> better(Outcome<Lattice> current, Outcome<Lattice> candidate) {
        if (current == null) {
            return candidate;
        }
        if (candidate instanceof Outcome.Found<Lattice> c) {
            if (current instanceof Outcome.Found<Lattice> f && f.value().descriptionLength() <= c.value().descriptionLength()) {
                return current;
            }
            return candidate;
        }
        return current;
    }
}
