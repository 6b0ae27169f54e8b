package org.mips.normalizers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.simple.SimpleMatrix;

/** Groups the eigenvalues of a real matrix into {@link EigenvalueCluster}s (reference section 4.2, step 1). */
final class EigenvalueClusters {

    /**
     * Keys are compared on this grid: means that differ only by rounding (a double eigenvalue 1 next to
     * -1 has modulus 1 +- 1e-16) must be ordered by the next key, not by which way the rounding went.
     */
    private static final double KEY_GRID = 1e-9;

    /** Most important first: by decreasing modulus, then decreasing real and imaginary part. */
    private static final Comparator<EigenvalueCluster> ORDER = Comparator
            .comparingDouble((EigenvalueCluster c) -> -onGrid(c.mean().norm()))
            .thenComparingDouble(c -> -onGrid(c.mean().re()))
            .thenComparingDouble(c -> -onGrid(c.mean().im()));

    private EigenvalueClusters() {
    }

    /**
     * Eigenvalues with {@code |a - b| < epsilon} share a cluster. Complex clusters are returned once, for
     * their member with positive imaginary part.
     *
     * @throws ArithmeticException if the grouping is not transitive (some chain of close eigenvalues
     *                             spans more than {@code epsilon}), which the reference rejects too
     */
    static List<EigenvalueCluster> of(SimpleMatrix matrix, double epsilon) {
        List<ComplexNumber> spectrum = spectrum(matrix);
        int n = spectrum.size();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (distance(spectrum.get(i), spectrum.get(j)) < epsilon) {
                    root[find(root, i)] = find(root, j);
                }
            }
        }
        List<List<ComplexNumber>> groups = new ArrayList<>();
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            int r = find(root, i);
            if (r == i) {
                group[i] = groups.size();
                groups.add(new ArrayList<>());
            }
        }
        for (int i = 0; i < n; i++) {
            groups.get(group[find(root, i)]).add(spectrum.get(i));
        }
        List<EigenvalueCluster> clusters = new ArrayList<>();
        for (List<ComplexNumber> members : groups) {
            requireTransitive(members, epsilon);
            cluster(members).ifPresent(clusters::add);
        }
        clusters.sort(ORDER);
        return clusters;
    }

    /**
     * The eigenvalues from EJML's general (double-shift QR) eigendecomposition, with every complex one
     * followed by its exact conjugate.
     */
    private static List<ComplexNumber> spectrum(SimpleMatrix matrix) {
        int n = matrix.numRows();
        DMatrixRMaj w = matrix.getDDRM().copy();
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, false, false);
        if (!eigen.decompose(w)) {
            throw new ArithmeticException("the eigendecomposition of a " + n + " x " + n + " matrix did not converge");
        }
        List<ComplexNumber> spectrum = new ArrayList<>(n);
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < eigen.getNumberOfEigenvalues(); i++) {
            Complex_F64 value = eigen.getEigenvalue(i);
            ComplexNumber lambda = new ComplexNumber(value.getReal(), value.getImaginary());
            if (!lambda.isFinite()) {
                throw new ArithmeticException("eigenvalue " + lambda + " of a finite matrix");
            }
            if (lambda.im() == 0) {
                spectrum.add(lambda);
            } else if (lambda.im() > 0) {
                spectrum.add(lambda);
                spectrum.add(lambda.conjugate());
                upper++;
            } else {
                lower++;
            }
        }
        if (upper != lower || spectrum.size() != n) {
            throw new ArithmeticException("the eigenvalues of a real matrix are not closed under conjugation");
        }
        return spectrum;
    }

    private static Optional<EigenvalueCluster> cluster(List<ComplexNumber> members) {
        boolean anyUpper = members.stream().anyMatch(m -> m.im() >= 0);
        boolean anyLower = members.stream().anyMatch(m -> m.im() <= 0);
        int size = members.size();
        if (anyUpper && anyLower) {
            // Closed under conjugation (a cluster holding both signs holds every conjugate): real mean.
            double sum = members.stream().mapToDouble(ComplexNumber::re).sum();
            return Optional.of(new EigenvalueCluster(ComplexNumber.real(sum / size), members, true));
        }
        if (anyLower) {
            return Optional.empty(); // the conjugate of a cluster already returned
        }
        ComplexNumber sum = members.stream().reduce(ComplexNumber.ZERO, ComplexNumber::plus);
        return Optional.of(new EigenvalueCluster(sum.divide(size), members, false));
    }

    private static void requireTransitive(List<ComplexNumber> members, double epsilon) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!(distance(members.get(i), members.get(j)) < epsilon)) {
                    throw new ArithmeticException("eigenvalues " + members.get(i) + " and " + members.get(j)
                            + " are linked by closer ones but differ by " + epsilon + " or more");
                }
            }
        }
    }

    private static double distance(ComplexNumber a, ComplexNumber b) {
        return Math.hypot(a.re() - b.re(), a.im() - b.im());
    }

    private static double onGrid(double key) {
        return Math.rint(key / KEY_GRID) * KEY_GRID;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
