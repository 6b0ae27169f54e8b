package org.mips.normalizers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.RealMatrix;

/** Groups the eigenvalues of a real matrix into {@link EigenvalueCluster}s (reference section 4.2, step 1). */
final class EigenvalueClusters {

    /** Most important first: by decreasing modulus, then decreasing real and imaginary part. */
    private static final Comparator<EigenvalueCluster> ORDER = Comparator
            .comparingDouble((EigenvalueCluster c) -> -c.mean().norm())
            .thenComparingDouble(c -> -c.mean().getReal())
            .thenComparingDouble(c -> -c.mean().getImaginary());

    private EigenvalueClusters() {
    }

    /**
     * Eigenvalues with {@code |a - b| < epsilon} share a cluster. Complex clusters are returned once, for
     * their member with positive imaginary part.
     *
     * @throws ArithmeticException if the grouping is not transitive (some chain of close eigenvalues
     *                             spans more than {@code epsilon}), which the reference rejects too
     */
    static List<EigenvalueCluster> of(RealMatrix matrix, double epsilon) {
        List<Complex> spectrum = spectrum(matrix);
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
        List<List<Complex>> groups = new ArrayList<>();
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
        for (List<Complex> members : groups) {
            requireTransitive(members, epsilon);
            cluster(members).ifPresent(clusters::add);
        }
        clusters.sort(ORDER);
        return clusters;
    }

    /**
     * The eigenvalues, with every complex one followed by its exact conjugate. A zero matrix is handled
     * here because Hipparchus 4.0.3 fails on it ("zero norm", or an index error for 2 x 2).
     */
    private static List<Complex> spectrum(RealMatrix matrix) {
        int n = matrix.getRowDimension();
        List<Complex> spectrum = new ArrayList<>(n);
        if (matrix.getNorm1() == 0) {
            for (int i = 0; i < n; i++) {
                spectrum.add(Complex.ZERO);
            }
            return spectrum;
        }
        int upper = 0;
        int lower = 0;
        for (Complex lambda : new EigenDecompositionNonSymmetric(matrix).getEigenvalues()) {
            if (lambda.isNaN() || lambda.isInfinite()) {
                throw new ArithmeticException("eigenvalue " + lambda + " of a finite matrix");
            }
            if (lambda.getImaginary() == 0) {
                spectrum.add(lambda);
            } else if (lambda.getImaginary() > 0) {
                spectrum.add(lambda);
                spectrum.add(lambda.conjugate());
                upper++;
            } else {
                lower++;
            }
        }
        if (upper != lower) {
            throw new ArithmeticException("the eigenvalues of a real matrix are not closed under conjugation");
        }
        return spectrum;
    }

    private static Optional<EigenvalueCluster> cluster(List<Complex> members) {
        boolean anyUpper = members.stream().anyMatch(m -> m.getImaginary() >= 0);
        boolean anyLower = members.stream().anyMatch(m -> m.getImaginary() <= 0);
        int size = members.size();
        if (anyUpper && anyLower) {
            // Closed under conjugation (a cluster holding both signs holds every conjugate): real mean.
            double sum = members.stream().mapToDouble(Complex::getReal).sum();
            return Optional.of(new EigenvalueCluster(Complex.valueOf(sum / size), members, true));
        }
        if (anyLower) {
            return Optional.empty(); // the conjugate of a cluster already returned
        }
        Complex sum = members.stream().reduce(Complex.ZERO, Complex::add);
        return Optional.of(new EigenvalueCluster(sum.divide(size), members, false));
    }

    private static void requireTransitive(List<Complex> members, double epsilon) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!(distance(members.get(i), members.get(j)) < epsilon)) {
                    throw new ArithmeticException("eigenvalues " + members.get(i) + " and " + members.get(j)
                            + " are linked by closer ones but differ by " + epsilon + " or more");
                }
            }
        }
    }

    private static double distance(Complex a, Complex b) {
        return Math.hypot(a.getReal() - b.getReal(), a.getImaginary() - b.getImaginary());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }
}
