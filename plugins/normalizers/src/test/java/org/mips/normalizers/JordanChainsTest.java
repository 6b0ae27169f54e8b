package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class JordanChainsTest {

    private static RealMatrix similar(double[][] j) {
        RealMatrix s = Disguises.wellConditioned(j.length, 23);
        return s.multiply(MatrixUtils.createRealMatrix(j)).multiply(MatrixUtils.inverse(s));
    }

    /** Chains of lengths 3 and 1: the basis brings the nilpotent matrix to Jordan form, longest chain first. */
    @Test
    void findsChainsOfDifferentLengthsLongestFirst() {
        double[][] nilpotent = {{0, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}};
        RealMatrix a = similar(nilpotent);
        RealMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        RealMatrix jordan = MatrixUtils.inverse(g).multiply(a).multiply(g);
        double[][] expected = {{0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        assertTrue(MatrixUtils.createRealMatrix(expected).subtract(jordan).getNorm1() < 1e-12, jordan::toString);
    }

    @Test
    void everyChainEndsInAUnitTopVectorWithAPositiveLargestComponent() {
        RealMatrix a = similar(new double[][] {{0, 2}, {0, 0}});
        RealMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        assertEquals(1, g.getColumnVector(1).getNorm(), 1e-14);
        double top = g.getColumnVector(1).getMaxValue();
        assertEquals(g.getColumnVector(1).getLInfNorm(), top, 0.0);
    }

    /** Couplings at or below epsilon count as zero: such a matrix is all kernel, and keeps its triangular form. */
    @Test
    void aSmallCouplingIsNoChain() {
        RealMatrix a = MatrixUtils.createRealMatrix(new double[][] {{0, 0.5}, {0, 0}});
        RealMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        assertEquals(MatrixUtils.createRealIdentityMatrix(2), g);
    }

    @Test
    void aMatrixThatIsNotNilpotentWithinEpsilonFails() {
        assertThrows(ArithmeticException.class,
                () -> JordanChains.basis(ComplexMatrix.real(MatrixUtils.createRealIdentityMatrix(2)), 0.7));
    }
}
