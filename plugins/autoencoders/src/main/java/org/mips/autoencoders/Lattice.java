package org.mips.autoencoders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
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
        DMatrixRMaj a = new DMatrixRMaj(basis);
        if (!(condition(a) <= MAX_CONDITION)) {
            return null;
        }
        DMatrixRMaj dual = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.pinv(a, dual);
        double[][] rows = new double[dual.numRows][dual.numCols];
        for (int i = 0; i < dual.numRows; i++) {
            System.arraycopy(dual.data, i * dual.numCols, rows[i], 0, dual.numCols);
        }
        return new Lattice(detector, basis, anchor, rows, Double.NaN);
    }

    /**
     * The ratio of the largest to the smallest singular value of the r x n basis (r at most n); infinite
     * when the basis has fewer than r independent rows, NaN when it is not finite.
     */
    private static double condition(DMatrixRMaj a) {
        for (double entry : a.data) {
            if (!Double.isFinite(entry)) {
                return Double.NaN;
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        if (a.numRows > a.numCols || !svd.decompose(a.copy())) {
            return Double.POSITIVE_INFINITY;
        }
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double[] sigma = svd.getSingularValues();
        for (int k = 0; k < svd.numberOfSingularValues(); k++) {
            largest = Math.max(largest, sigma[k]);
            smallest = Math.min(smallest, sigma[k]);
        }
        return smallest > 0 ? largest / smallest : Double.POSITIVE_INFINITY;
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
