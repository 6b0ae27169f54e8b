package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class JordanChainsTest {

    private static SimpleMatrix similar(double[][] j) {
        SimpleMatrix s = Disguises.wellConditioned(j.length, 23);
        return s.mult(new SimpleMatrix(j)).mult(s.invert());
    }

    /** Chains of lengths 3 and 1: the basis brings the nilpotent matrix to Jordan form, longest chain first. */
    @Test
    void findsChainsOfDifferentLengthsLongestFirst() {
        double[][] nilpotent = {{0, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}};
        SimpleMatrix a = similar(nilpotent);
        SimpleMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        SimpleMatrix jordan = g.invert().mult(a).mult(g);
        double[][] expected = {{0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        assertTrue(new SimpleMatrix(expected).minus(jordan).elementMaxAbs() < 1e-12, jordan::toString);
    }

    @Test
    void everyChainEndsInAUnitTopVectorWithAPositiveLargestComponent() {
        SimpleMatrix a = similar(new double[][] {{0, 2}, {0, 0}});
        SimpleMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        SimpleMatrix column = g.getColumn(1);
        assertEquals(1, column.normF(), 1e-14);
        assertEquals(column.elementMaxAbs(), column.elementMax(), 0.0);
    }

    /** Couplings at or below epsilon count as zero: such a matrix is all kernel, and keeps its triangular form. */
    @Test
    void aSmallCouplingIsNoChain() {
        SimpleMatrix a = new SimpleMatrix(new double[][] {{0, 0.5}, {0, 0}});
        SimpleMatrix g = JordanChains.basis(ComplexMatrix.real(a), 0.7).realPart();
        assertArrayEquals(new double[][] {{1, 0}, {0, 1}}, g.toArray2());
    }

    @Test
    void aMatrixThatIsNotNilpotentWithinEpsilonFails() {
        assertThrows(ArithmeticException.class,
                () -> JordanChains.basis(ComplexMatrix.real(SimpleMatrix.identity(2)), 0.7));
    }
}
