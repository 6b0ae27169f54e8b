package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class ComplexSvdTest {

    private static ComplexMatrix random(int rows, int cols, boolean real, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] re = new double[cols][rows];
        double[][] im = new double[cols][rows];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                re[c][r] = random.nextDouble(-1, 1);
                im[c][r] = real ? 0 : random.nextDouble(-1, 1);
            }
        }
        return ComplexMatrix.ofColumns(re, im);
    }

    private static ComplexMatrix diagonal(double[] values) {
        double[][] re = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            re[i][i] = values[i];
        }
        return ComplexMatrix.ofColumns(re, new double[values.length][values.length]);
    }

    private static double distance(ComplexMatrix a, ComplexMatrix b) {
        double sum = 0;
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.cols(); c++) {
                sum += Math.pow(a.re(r, c) - b.re(r, c), 2) + Math.pow(a.im(r, c) - b.im(r, c), 2);
            }
        }
        return Math.sqrt(sum);
    }

    @Test
    void reconstructsSquareTallAndWideComplexMatrices() {
        int[][] shapes = {{4, 4}, {5, 3}, {2, 5}, {1, 1}};
        for (int[] shape : shapes) {
            ComplexMatrix a = random(shape[0], shape[1], false, shape[0] * 10L + shape[1]);
            ComplexSvd svd = ComplexSvd.of(a);
            double[] sigma = svd.singularValues();
            assertEquals(shape[1], sigma.length);
            for (int k = 1; k < sigma.length; k++) {
                assertTrue(sigma[k - 1] >= sigma[k], "decreasing");
            }
            ComplexMatrix v = svd.v();
            assertTrue(distance(v.conjugateTranspose().times(v), ComplexMatrix.identity(shape[1])) < 1e-13, "V unitary");
            ComplexMatrix usv = svd.u().times(diagonal(sigma)).times(v.conjugateTranspose());
            assertTrue(distance(a, usv) < 1e-13, () -> "A = U S V^H for " + shape[0] + " x " + shape[1]);
        }
    }

    @Test
    void aWideMatrixGetsItsWholeNullSpace() {
        ComplexMatrix a = random(2, 5, false, 3);
        ComplexSvd svd = ComplexSvd.of(a);
        assertEquals(2, svd.rank(1e-12));
        ComplexMatrix kernel = svd.v().columns(2, 5);
        assertTrue(a.times(kernel).norm() < 1e-13, "A maps the last three right singular vectors to 0");
    }

    @Test
    void knownSingularValuesOfAScaledUnitaryMatrix() {
        // diag(3, 0, 1) rotated by a complex unitary: singular values 3, 1, 0.
        ComplexMatrix q = ComplexSvd.of(random(3, 3, false, 11)).v();
        ComplexMatrix a = q.times(diagonal(new double[] {3, 0, 1})).times(q.conjugateTranspose());
        assertArrayEquals(new double[] {3, 1, 0}, ComplexSvd.of(a).singularValues(), 1e-13);
    }

    @Test
    void aRealMatrixStaysExactlyReal() {
        ComplexSvd svd = ComplexSvd.of(random(4, 4, true, 5).times(ComplexNumber.real(1)));
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(0, svd.v().im(r, c));
                assertEquals(0, svd.u().im(r, c));
            }
        }
    }

    @Test
    void theZeroMatrixHasZeroSingularValuesAndTheIdentityAsV() {
        ComplexSvd svd = ComplexSvd.of(ComplexMatrix.real(new SimpleMatrix(3, 3)));
        assertArrayEquals(new double[3], svd.singularValues());
        assertEquals(0, distance(svd.v(), ComplexMatrix.identity(3)));
    }
}
