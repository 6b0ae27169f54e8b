package org.mips.normalizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

class JordanBlocksTest {

    private static Optional<JordanBlocks> of(double[][] w) {
        return JordanBlocks.of(new SimpleMatrix(w));
    }

    @Test
    void findsTheBlocksAndTheLargestDeviation() {
        JordanBlocks blocks = of(new double[][] {{1, 0.98, 0.01}, {-0.02, 1.04, 0.1}, {0, 0, 0.5}}).orElseThrow();
        assertEquals(List.of(new JordanBlocks.Block(0, 2), new JordanBlocks.Block(2, 3)), blocks.blocks());
        // The largest deviation is the 0.1 coupling between the blocks.
        assertEquals(Math.nextUp(0.1), blocks.tolerance());
    }

    @Test
    void rejectsDeviationsOfHalfOrMore() {
        assertTrue(of(new double[][] {{0, 1}, {0.5, 0}}).isEmpty(), "a subdiagonal 0.5");
        assertTrue(of(new double[][] {{0, 0.5}, {0, 0.3}}).isEmpty(), "superdiagonal 0.5 is neither 0 nor 1");
    }

    /** The reference requires the deviation below the distance between block eigenvalues, which is 0 here. */
    @Test
    void rejectsTwoBlocksWithTheSameEigenvalue() {
        assertTrue(of(new double[][] {{1, 0}, {0, 1}}).isEmpty());
        assertTrue(of(new double[][] {{1, 0}, {0, 1.2}}).isPresent());
    }
}
