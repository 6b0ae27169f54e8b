package org.mips.autoencoders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.mips.spi.represent.Representation;

/**
 * Integer lattice coordinates (reference section 5.2): {@code h ~ b + z A} with the basis vectors as the
 * rows of A, so {@code encode(h) = round((h - b) A+)} and {@code decode(z) = b + z A}. A may have fewer
 * rows than the hidden size (a lattice in the subspace the states span); A+ is then its pseudo-inverse.
 *
 * @param detector          the id of the detector that found it
 * @param basis             the basis vectors, one per variable, as rows
 * @param anchor            b, the hidden vector of z = 0
 * @param dual              A+, the {@code n x r} pseudo-inverse of the basis
 * @param descriptionLength the description length on the trace (reference section 5.3)
 */
public record Lattice(String detector, double[][] basis, double[] anchor, double[][] dual, double descriptionLength)
        implements Representation {

    /** Bases worse conditioned than this are refused: rounding their coordinates would amplify noise. */
    static final double MAX_CONDITION = 1e6;

    public Lattice {
        basis = Vectors.copy(basis);
        anchor = anchor.clone();
        dual = Vectors.copy(dual);
    }

    /** The lattice with this basis and anchor, or null when the basis is degenerate or ill-conditioned. */
    static Lattice of(String detector, double[][] basis, double[] anchor) {
        RealMatrix a = new Array2DRowRealMatrix(basis, true);
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        if (!(svd.getConditionNumber() <= MAX_CONDITION) || svd.getRank() < basis.length) {
            return null;
        }
        return new Lattice(detector, basis, anchor, svd.getSolver().getInverse().getData(), Double.NaN);
    }

    /** This lattice with its description length set. */
    Lattice withDescriptionLength(double length) {
        return new Lattice(detector, basis, anchor, dual, length);
    }

    /** The same basis moved to another anchor. */
    Lattice withAnchor(double[] newAnchor) {
        return new Lattice(detector, basis, newAnchor, dual, descriptionLength);
    }

    /** The unrounded coordinates {@code (h - b) A+}. */
    double[] coordinates(double[] h) {
        int r = basis.length;
        double[] z = new double[r];
        for (int j = 0; j < anchor.length; j++) {
            double d = h[j] - anchor[j];
            for (int i = 0; i < r; i++) {
                z[i] += d * dual[j][i];
            }
        }
        return z;
    }

    @Override
    public List<String> variables() {
        return IntStream.range(0, basis.length).mapToObj(i -> "z" + i).toList();
    }

    @Override
    public long[] encode(double[] h) {
        double[] z = coordinates(h);
        long[] code = new long[z.length];
        for (int i = 0; i < z.length; i++) {
            code[i] = (long) Math.rint(z[i]);
        }
        return code;
    }

    @Override
    public double[] decode(long[] z) {
        double[] h = anchor.clone();
        for (int i = 0; i < basis.length; i++) {
            Vectors.addScaled(h, z[i], basis[i]);
        }
        return h;
    }

    @Override
    public double[][] basis() {
        return Vectors.copy(basis);
    }

    @Override
    public double[] anchor() {
        return anchor.clone();
    }

    @Override
    public double[][] dual() {
        return Vectors.copy(dual);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lattice l && detector.equals(l.detector) && Arrays.deepEquals(basis, l.basis)
                && Arrays.equals(anchor, l.anchor) && Arrays.deepEquals(dual, l.dual)
                && Double.compare(descriptionLength, l.descriptionLength) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * detector.hashCode() + Arrays.deepHashCode(basis)) + Arrays.hashCode(anchor);
    }

    @Override
    public String toString() {
        return detector + " lattice, basis " + Arrays.deepToString(basis) + ", anchor " + Arrays.toString(anchor)
                + ", description length " + descriptionLength;
    }
}
