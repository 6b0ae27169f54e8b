package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sharpens a lattice basis by least squares. A basis built from a few noisy states (the GCD finder's) or
 * from a fitted update is off by about the noise; with coordinates in the tens that error moves far
 * states by a good part of a cell. Refitting A and b to the rounded coordinates averages the noise over
 * all states. The refit starts from the states within 2 cells of the anchor, where the error cannot yet
 * change a rounding, and doubles its reach each round. It is a polish, not a search: a round runs only
 * when its states' coordinates vary in every direction, and refitting stops as soon as it would move a
 * state it was fitted to into another cell.
 */
final class LatticeRefinement {

    /** Rounds of refitting, each reaching twice as far from the anchor: enough for any allowed coordinate. */
    static final int ROUNDS = 24;
    /** The states a refit uses must vary their codes by at least this variance in every direction. */
    static final double MIN_CODE_VARIANCE = 0.05;

    private LatticeRefinement() {
    }

    /**
     * The lattice refitted round by round to the rounded coordinates of the states within a growing
     * distance (in cells, largest coordinate) of the anchor's code.
     */
    static Lattice refined(Lattice lattice, double[] anchor, double[][] points) {
        long[] home = lattice.encode(anchor);
        long reach = 2;
        for (int round = 0; round < ROUNDS; round++, reach *= 2) {
            long[][] codes = Consistency.encodeAll(lattice, points);
            List<long[]> near = new ArrayList<>();
            List<double[]> nearPoints = new ArrayList<>();
            for (int p = 0; p < points.length; p++) {
                if (distance(codes[p], home) <= reach) {
                    near.add(codes[p]);
                    nearPoints.add(points[p]);
                }
            }
            boolean all = near.size() == points.length;
            if (!near.isEmpty() && spansEveryDirection(near)) {
                AffineFit fit = AffineFit.of(near.toArray(long[][]::new), nearPoints.toArray(double[][]::new));
                Lattice refitted = Lattice.of(lattice.detector(), fit.rows(), fit.origin());
                if (refitted == null || !keepsCodes(refitted, near, nearPoints)) {
                    break; // not a polish: it would move states it was fitted to into other cells
                }
                lattice = refitted;
            }
            if (all) {
                break;
            }
        }
        return lattice;
    }

    /** Whether the codes vary in every direction: their covariance's smallest eigenvalue is not tiny. */
    private static boolean spansEveryDirection(List<long[]> codes) {
        int r = codes.get(0).length;
        double[] mean = new double[r];
        for (long[] z : codes) {
            for (int i = 0; i < r; i++) {
                mean[i] += (double) z[i] / codes.size();
            }
        }
        double[][] covariance = new double[r][r];
        for (long[] z : codes) {
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < r; j++) {
                    covariance[i][j] += (z[i] - mean[i]) * (z[j] - mean[j]) / codes.size();
                }
            }
        }
        double[] variances = SymmetricSpectrum.of(covariance).values();
        return variances[r - 1] >= MIN_CODE_VARIANCE;
    }

    private static boolean keepsCodes(Lattice lattice, List<long[]> codes, List<double[]> points) {
        for (int p = 0; p < points.size(); p++) {
            if (!Arrays.equals(codes.get(p), lattice.encode(points.get(p)))) {
                return false;
            }
        }
        return true;
    }

    private static double distance(long[] a, long[] b) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs((double) a[i] - b[i]));
        }
        return largest;
    }
}
