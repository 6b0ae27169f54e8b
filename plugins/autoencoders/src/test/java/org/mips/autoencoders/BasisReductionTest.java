package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BasisReductionTest {

    @Test
    void subtractsNearestIntegerMultiples() {
        double[][] reduced = BasisReduction.reduce(new double[][] {{1, 0}, {5, 1}});
        assertArrayEquals(new double[] {1, 0}, reduced[0], 1e-12);
        assertArrayEquals(new double[] {0, 1}, reduced[1], 1e-12);
    }

    @Test
    void negatesRowsWhoseCoordinatesSumBelowZero() {
        double[][] reduced = BasisReduction.reduce(new double[][] {{-1, 0}, {0, 2}});
        assertArrayEquals(new double[] {1, 0}, reduced[0], 1e-12);
        assertArrayEquals(new double[] {0, 2}, reduced[1], 1e-12);
    }

    /** A unimodular mix of a basis comes back as short vectors spanning the same lattice. */
    @Test
    void keepsTheLatticeAndShortensItsVectors() {
        double[][] basis = {{1.3, 0.4}, {-0.2, 0.9}};
        double[][] mixed = {{2 * 1.3 + 3 * -0.2, 2 * 0.4 + 3 * 0.9}, {1.3 - 0.2, 0.4 + 0.9}}; // U = [[2, 3], [1, 1]], det -1
        double[][] reduced = BasisReduction.reduce(mixed);
        assertEquals(Math.abs(Determinant.of(basis)), Math.abs(Determinant.of(reduced)), 1e-12);
        for (double[] row : reduced) {
            assertTrue(Vectors.norm(row) <= Vectors.norm(basis[0]) + 1e-12, "not reduced: " + Arrays.deepToString(reduced));
        }
    }
}
