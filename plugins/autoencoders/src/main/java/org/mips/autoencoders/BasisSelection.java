package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks lattice basis vectors from candidates: walking them in a given order, keep a candidate when it
 * is longer than the noise floor and far enough from the span of those already kept, until the states'
 * rank is reached. The reference took the n longest candidates, which may be parallel (a counter's
 * {@code W_h^k W_x} are all equal) or span a sublattice; keeping only independent ones, and trying both
 * orders, fixes both.
 */
final class BasisSelection {

    /** Shorter candidates are noise: below the description length's resolution. */
    static final double MIN_NORM = DescriptionLength.EPSILON;
    /**
     * A kept candidate's part orthogonal to the others must be at least this fraction of its length, so
     * the chosen basis is well conditioned.
     */
    static final double WELL_CONDITIONED = 0.2;

    private BasisSelection() {
    }

    /** Longest first (the reference's preference) and shortest first (the finest lattice). */
    static List<List<double[]>> orders(List<double[]> candidates) {
        Comparator<double[]> byNorm = Comparator.comparingDouble(Vectors::norm);
        List<double[]> ascending = candidates.stream().sorted(byNorm).toList(); // stable: ties keep their order
        List<double[]> descending = candidates.stream().sorted(byNorm.reversed()).toList();
        return List.of(descending, ascending);
    }

    /**
     * {@code rank} independent candidates in the given order, if there are that many: each one's part
     * orthogonal to those kept before must be at least {@code independence} times its length and at
     * least {@link #MIN_NORM}.
     */
    static Optional<double[][]> greedy(List<double[]> ordered, int rank, double independence) {
        List<double[]> chosen = new ArrayList<>();
        List<double[]> orthonormal = new ArrayList<>();
        for (double[] v : ordered) {
            if (chosen.size() == rank) {
                break;
            }
            double norm = Vectors.norm(v);
            if (!(norm >= MIN_NORM)) {
                continue;
            }
            double[] residual = v.clone();
            for (double[] q : orthonormal) {
                Vectors.addScaled(residual, -Vectors.dot(residual, q), q);
            }
            double independent = Vectors.norm(residual);
            if (independent >= independence * norm && independent >= MIN_NORM) {
                chosen.add(v);
                orthonormal.add(Vectors.scaled(residual, 1 / independent));
            }
        }
        return chosen.size() == rank ? Optional.of(chosen.toArray(double[][]::new)) : Optional.empty();
    }
}
