package org.mips.autoencoders;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Recognises 2^k points as an affine image of the k-cube, {@code c = o + sum_i bit_i e_i}, and reads off
 * each point's bits. A k-cube is two (k-1)-cubes, one the other moved by an edge e; so the points are
 * split into pairs {@code (c, c + e)}, trying as e the difference from the first point to each other point
 * (nearest first), and the lower halves are solved the same way, backtracking on failure. That costs
 * about {@code k K^2} distance checks for K = 2^k points where trying every assignment of codes (the
 * reference, section 5.4) costs K! and stopped at 3 bits.
 */
final class Hypercube {

    /** Points may be off their exact cube position by this fraction of the smallest distance between points. */
    static final double TOLERANCE = 0.3;
    /** Distances computed before giving up: bounds the backtracking on point sets that are no cube at all. */
    static final long BUDGET = 20_000_000;

    /**
     * The cube's bits for each point, and its affine map.
     *
     * @param codes  {@code codes[p][i]}: bit i (0 or 1) of point p
     * @param origin o, the position of the all-zero code
     * @param edges  e_i, the displacement of setting bit i, as rows
     */
    record Cube(long[][] codes, double[] origin, double[][] edges) {

        int bits() {
            return edges.length;
        }

        /** {@code o + sum_i z_i e_i}. */
        double[] position(long[] z) {
            double[] h = origin.clone();
            for (int i = 0; i < edges.length; i++) {
                Vectors.addScaled(h, z[i], edges[i]);
            }
            return h;
        }
    }

    private Hypercube() {
    }

    /** The cube through {@code points} (2^k of them, k >= 1), or empty if they are not one. */
    static Optional<Cube> fit(double[][] points) {
        int count = points.length;
        int bits = Integer.numberOfTrailingZeros(count);
        if (count < 2 || Integer.bitCount(count) != 1) {
            return Optional.empty();
        }
        double closest = Double.POSITIVE_INFINITY;
        for (int a = 0; a < count; a++) {
            for (int b = a + 1; b < count; b++) {
                closest = Math.min(closest, Math.sqrt(Vectors.distanceSquared(points[a], points[b])));
            }
        }
        double tolerance = TOLERANCE * closest;
        long[] budget = {BUDGET};
        long[] masks = solve(points, IntStream.range(0, count).toArray(), tolerance, budget);
        if (masks == null) {
            return Optional.empty();
        }
        long[][] codes = new long[count][bits];
        for (int p = 0; p < count; p++) {
            for (int i = 0; i < bits; i++) {
                codes[p][i] = (masks[p] >>> i) & 1;
            }
        }
        AffineFit fit = AffineFit.of(codes, points);
        Cube cube = new Cube(codes, fit.origin(), fit.rows());
        for (int p = 0; p < count; p++) {
            if (Vectors.distanceSquared(points[p], cube.position(codes[p])) > tolerance * tolerance) {
                return Optional.empty();
            }
        }
        return Optional.of(cube);
    }

    /**
     * Bit masks of the members of {@code set} (indices into points), bit l meaning "moved by the l-th
     * edge found, counting from the smallest sub-cube", or null if the set is no cube.
     */
    private static long[] solve(double[][] points, int[] set, double tolerance, long[] budget) {
        if (set.length == 1) {
            return new long[] {0};
        }
        int first = set[0];
        Integer[] partners = Arrays.stream(set).skip(1).boxed().toArray(Integer[]::new);
        Arrays.sort(partners, Comparator.comparingDouble(j -> Vectors.distanceSquared(points[first], points[j])));
        for (int partner : partners) {
            if (budget[0] < 0) {
                return null;
            }
            double[] edge = Vectors.minus(points[partner], points[first]);
            int[] upperOf = pairing(points, set, edge, tolerance, budget);
            if (upperOf == null) {
                continue;
            }
            int[] lower = IntStream.range(0, set.length).filter(i -> upperOf[i] >= 0).map(i -> set[i]).toArray();
            long[] lowerMasks = solve(points, lower, tolerance, budget);
            if (lowerMasks == null) {
                continue;
            }
            long bit = 1L << Integer.numberOfTrailingZeros(lower.length);
            long[] masks = new long[set.length];
            for (int i = 0, l = 0; i < set.length; i++) {
                if (upperOf[i] >= 0) {
                    masks[i] = lowerMasks[l];
                    masks[upperOf[i]] = lowerMasks[l] | bit;
                    l++;
                }
            }
            return masks;
        }
        return null;
    }

    /**
     * For each member i of the set, the position in the set of the member at {@code points[i] + edge},
     * or -1 for the members that are themselves such images; null unless that pairs the set up exactly.
     */
    private static int[] pairing(double[][] points, int[] set, double[] edge, double tolerance, long[] budget) {
        int[] upperOf = new int[set.length];
        boolean[] upper = new boolean[set.length];
        int pairs = 0;
        double[] target = new double[edge.length];
        for (int i = 0; i < set.length; i++) {
            if (i - pairs > set.length / 2) {
                return null; // more members without a partner than a pairing can have
            }
            budget[0] -= set.length;
            upperOf[i] = -1;
            double[] p = points[set[i]];
            for (int d = 0; d < edge.length; d++) {
                target[d] = p[d] + edge[d];
            }
            for (int j = 0; j < set.length; j++) {
                if (Vectors.distanceSquared(points[set[j]], target) <= tolerance * tolerance) {
                    if (upper[j]) {
                        return null;
                    }
                    upper[j] = true;
                    upperOf[i] = j;
                    pairs++;
                    break;
                }
            }
        }
        if (2 * pairs != set.length) {
            return null;
        }
        for (int i = 0; i < set.length; i++) {
            if ((upperOf[i] >= 0) == upper[i]) {
                return null; // every member must be exactly one of: lower with a partner, or someone's partner
            }
        }
        return upperOf;
    }
}
