package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class EigenvalueClustersTest {

    private static SimpleMatrix hidden(double[][] w) {
        SimpleMatrix s = Disguises.wellConditioned(w.length, 17);
        return s.mult(new SimpleMatrix(w)).mult(s.invert());
    }

    @Test
    void closeEigenvaluesShareAClusterWithTheirMean() {
        List<EigenvalueCluster> clusters = EigenvalueClusters.of(hidden(new double[][] {{1, 0, 0}, {0, -1, 0}, {0, 0, 1.2}}), 0.7);
        assertEquals(2, clusters.size());
        assertEquals(1.1, clusters.get(0).mean().re(), 1e-12);
        assertEquals(2, clusters.get(0).size());
        assertTrue(clusters.get(0).real());
        assertEquals(-1, clusters.get(1).mean().re(), 1e-12);
    }

    @Test
    void aConjugatePairIsOneComplexClusterReportedWithPositiveImaginaryPart() {
        List<EigenvalueCluster> clusters = EigenvalueClusters.of(hidden(new double[][] {{0.3, -0.9}, {0.9, 0.3}}), 0.7);
        assertEquals(1, clusters.size());
        EigenvalueCluster pair = clusters.get(0);
        assertFalse(pair.real());
        assertEquals(1, pair.size());
        assertEquals(2, pair.realDimension());
        assertEquals(0.3, pair.mean().re(), 1e-12);
        assertEquals(0.9, pair.mean().im(), 1e-12);
    }

    @Test
    void aConjugatePairCloserThanEpsilonIsOneRealCluster() {
        List<EigenvalueCluster> clusters = EigenvalueClusters.of(hidden(new double[][] {{0.9, -0.2}, {0.2, 0.9}}), 0.7);
        assertEquals(1, clusters.size());
        assertTrue(clusters.get(0).real());
        assertEquals(0.9, clusters.get(0).mean().re(), 1e-12);
        assertEquals(0, clusters.get(0).mean().im());
    }

    @Test
    void clustersAreOrderedByDecreasingModulusThenRealPart() {
        List<EigenvalueCluster> clusters = EigenvalueClusters.of(
                hidden(new double[][] {{-2, 0, 0, 0}, {0, 0.1, 0, 0}, {0, 0, 2, 0}, {0, 0, 0, 1}}), 0.7);
        assertEquals(List.of(2.0, -2.0, 1.0, 0.1), clusters.stream().map(c -> Math.rint(c.mean().re() * 10) / 10).toList());
    }

    @Test
    void aChainOfCloseEigenvaluesWiderThanEpsilonIsRejected() {
        assertThrows(ArithmeticException.class,
                () -> EigenvalueClusters.of(hidden(new double[][] {{0, 0, 0}, {0, 0.6, 0}, {0, 0, 1.2}}), 0.7));
    }

    @Test
    void theZeroMatrixIsOneClusterAtZero() {
        List<EigenvalueCluster> clusters = EigenvalueClusters.of(new SimpleMatrix(3, 3), 0.7);
        assertEquals(1, clusters.size());
        assertEquals(3, clusters.get(0).size());
        assertEquals(0, clusters.get(0).mean().norm());
    }
}
