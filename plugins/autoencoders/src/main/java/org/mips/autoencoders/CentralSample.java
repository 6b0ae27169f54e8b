package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Steps 1 to 3 of the GCD lattice finder (reference section 5.2b): points drawn with replacement from
 * the central quantile band of the states, shifted by the drawn point whose coordinates sum to the least,
 * and a seeded sample of the simplex volumes among them. The reference computed every one of the
 * C(32, D + 1) volumes, which is why it ran only for n < 4; a fixed number of sampled volumes keeps the
 * work bounded at any rank.
 *
 * @param anchor  the drawn state with the smallest coordinate sum, in hidden coordinates
 * @param drawn   the drawn states, in hidden coordinates
 * @param vectors the other drawn states minus the anchor, in subspace coordinates, in drawing order
 * @param volumes {@code |det(p_1 - p_0, ..., p_r - p_0)|} for sampled (r + 1)-subsets of the drawn points
 */
record CentralSample(double[] anchor, double[][] drawn, List<double[]> vectors, double[] volumes) {

    /** Points drawn per sample: the reference's 32, doubled so that a rank-32 basis leaves fresh vectors. */
    static final int POINTS = 64;
    /** Simplex volumes sampled per sample. */
    static final int VOLUMES = 1000;

    /**
     * @param coordinates every state in subspace coordinates
     * @param sorted      {@code sorted[i]}: coordinate i of every state, sorted
     * @param points      every state in hidden coordinates
     * @param fraction    the reference's {@code fraction}: the width of the central band
     */
    static CentralSample draw(double[][] coordinates, double[][] sorted, double[][] points, double fraction, long seed) {
        int n = coordinates.length;
        int rank = sorted.length;
        int lowIndex = (int) Math.floor((0.5 - fraction / 2) * n);
        int highIndex = Math.max(0, (int) Math.floor((0.5 + fraction / 2) * n) - 1);
        List<Integer> central = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            boolean inside = true;
            for (int i = 0; i < rank && inside; i++) {
                inside = sorted[i][lowIndex] < coordinates[p][i] && coordinates[p][i] < sorted[i][highIndex];
            }
            if (inside) {
                central.add(p);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] drawn = new int[POINTS];
        for (int k = 0; k < POINTS; k++) {
            drawn[k] = central.isEmpty() ? random.nextInt(n) : central.get(random.nextInt(central.size()));
        }
        int anchor = drawn[0];
        for (int k : drawn) {
            if (Vectors.sum(points[k]) < Vectors.sum(points[anchor])) {
                anchor = k;
            }
        }
        List<double[]> vectors = new ArrayList<>();
        for (int k : drawn) {
            vectors.add(Vectors.minus(coordinates[k], coordinates[anchor]));
        }
        double[][] drawnPoints = Arrays.stream(drawn).mapToObj(k -> points[k]).toArray(double[][]::new);
        return new CentralSample(points[anchor].clone(), drawnPoints, vectors, volumes(drawn, coordinates, rank, random));
    }

    private static double[] volumes(int[] drawn, double[][] coordinates, int rank, SplittableRandom random) {
        double[] volumes = new double[VOLUMES];
        int[] order = new int[drawn.length];
        for (int v = 0; v < VOLUMES; v++) {
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            for (int k = 0; k <= rank; k++) { // a partial Fisher-Yates shuffle picks rank + 1 distinct draws
                int pick = k + random.nextInt(order.length - k);
                int swap = order[k];
                order[k] = order[pick];
                order[pick] = swap;
            }
            double[] origin = coordinates[drawn[order[0]]];
            double[][] edges = new double[rank][];
            for (int k = 0; k < rank; k++) {
                edges[k] = Vectors.minus(coordinates[drawn[order[k + 1]]], origin);
            }
            volumes[v] = Math.abs(Determinant.of(edges));
        }
        return volumes;
    }

    @Override
    public String toString() {
        return "central sample anchored at " + Arrays.toString(anchor) + " with " + vectors.size() + " vectors";
    }
}
