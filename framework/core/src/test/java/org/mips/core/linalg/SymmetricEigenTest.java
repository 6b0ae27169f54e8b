package org.mips.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void findsEigenvaluesAscendingWithUnitEigenvectors() {
        double[][] matrix = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
        SymmetricEigen eigen = SymmetricEigen.of(matrix);
        assertArrayEquals(new double[] {1, 3, 5}, eigen.values(), 1e-12);
        for (int k = 0; k < 3; k++) {
            double[] v = eigen.vectors()[k];
            double norm = 0;
            for (int i = 0; i < 3; i++) {
                double mv = 0;
                for (int j = 0; j < 3; j++) {
                    mv += matrix[i][j] * v[j];
                }
                assertEquals(eigen.values()[k] * v[i], mv, 1e-12, "M v = lambda v, eigenvalue " + k);
                norm += v[i] * v[i];
            }
            assertEquals(1, norm, 1e-12);
        }
        assertEquals(1.0, Math.abs(eigen.vectors()[2][2]), 1e-12);
    }

    @Test
    void theZeroMatrixHasZeroEigenvalues() {
        assertArrayEquals(new double[] {0, 0}, SymmetricEigen.values(new double[][] {{0, 0}, {0, 0}}), 0);
    }

    @Test
    void eigenvectorsHaveTheirLargestComponentPositive() {
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{1, 0}, {0, -2}});
        assertArrayEquals(new double[] {-2, 1}, eigen.values(), 1e-12);
        assertArrayEquals(new double[] {0, 1}, eigen.vectors()[0], 1e-12);
        assertArrayEquals(new double[] {1, 0}, eigen.vectors()[1], 1e-12);
    }

    @Test
    void refusesNonFiniteEntries() {
        org.junit.jupiter.api.Assertions.assertThrows(ArithmeticException.class,
                () -> SymmetricEigen.of(new double[][] {{Double.NaN, 0}, {0, 1}}));
    }
}
