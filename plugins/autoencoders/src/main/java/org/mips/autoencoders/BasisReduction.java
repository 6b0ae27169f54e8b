package org.mips.autoencoders;

/**
 * {@code normalize_basis} of reference section 5.2: a Lagrange/Gauss-style size reduction. Each round
 * subtracts from every basis vector the nearest integer multiple of every other one; rounds repeat (up to
 * ten) until nothing changes. Integer steps keep the lattice the same while making its vectors short and
 * nearly orthogonal, so the coordinates of the states come out small.
 */
final class BasisReduction {

    static final int MAX_ROUNDS = 10;

    private BasisReduction() {
    }

    /** The reduced basis (rows), with every row whose coordinates sum below zero negated. */
    static double[][] reduce(double[][] basis) {
        double[][] a = Vectors.copy(basis);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int i = 0; i < a.length; i++) {
                double norm2 = Vectors.dot(a[i], a[i]);
                if (norm2 == 0) {
                    continue;
                }
                for (int k = 0; k < a.length; k++) {
                    double p = k == i ? 0 : Math.rint(Vectors.dot(a[k], a[i]) / norm2); // np.round: half to even
                    if (p != 0) {
                        Vectors.addScaled(a[k], -p, a[i]);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return oriented(a);
    }

    /** The basis with every row whose coordinates sum below zero negated, as the reference does after reducing. */
    static double[][] oriented(double[][] basis) {
        double[][] a = Vectors.copy(basis);
        for (int i = 0; i < a.length; i++) {
            if (Vectors.sum(a[i]) < 0) {
                a[i] = Vectors.scaled(a[i], -1);
            }
        }
        return a;
    }
}
