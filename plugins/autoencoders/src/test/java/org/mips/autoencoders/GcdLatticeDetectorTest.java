package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticTrace;
import org.mips.testkit.SyntheticTraces;

class GcdLatticeDetectorTest {

    @Test
    void recoversATwoDimensionalLattice() {
        SyntheticTrace trace = LinearLatticeDetectorTest.twoCounters();
        Representation lattice = Truth.found(new GcdLatticeDetector().detect(trace.trace()));
        assertEquals("gcd-lattice", lattice.detector());
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
        assertTrue(lattice.descriptionLength() < 2, "description length " + lattice.descriptionLength());
    }

    @Test
    void recoversAThreeDimensionalLatticeInAFiveUnitState() {
        SyntheticTrace trace = LinearLatticeDetectorTest.threeCountersInFiveUnits();
        Representation lattice = Truth.found(new GcdLatticeDetector().detect(trace.trace()));
        assertEquals(3, lattice.variables().size());
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
        // Higher than the linear finder's 1.66: the GCD finder sees no update, only the reduced basis, in
        // which the states' box is skewed and their coordinates larger.
        assertTrue(lattice.descriptionLength() < 3, "description length " + lattice.descriptionLength());
    }

    @Test
    void recoversALatticeWithLargeCoordinates() {
        SyntheticTrace trace = LinearLatticeDetectorTest.counterOfCountsInFiveUnits();
        Representation lattice = Truth.found(new GcdLatticeDetector().detect(trace.trace()));
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
    }

    /** The reference ran this finder only for n < 4; sixteen units are no problem with sampled volumes. */
    @Test
    void needsNoGateOnTheHiddenSize() {
        long[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        SyntheticTrace trace = SyntheticTraces.linearLattice("three counters in 16 units", SyntheticTraces.randomBasis(3, 16, 9),
                identity, identity, new long[] {0, 0, 0}, 1, 1e-3, 300, 10, 9);
        Representation lattice = Truth.found(new GcdLatticeDetector().detect(trace.trace()));
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
    }

    /**
     * Five states at random points: Euclid finds a lattice through any handful of points, but no state
     * outside those it was built from confirms it.
     */
    @Test
    void refusesAFewArbitraryPoints() {
        SyntheticTrace trace = SyntheticTraces.finiteMachine("five points", new int[][] {{1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 1}},
                new int[] {1, 0, 0, 0, 0}, 3, 1e-3, 300, 10, 10);
        assertInstanceOf(Outcome.None.class, new GcdLatticeDetector().detect(trace.trace()));
    }

    @Test
    void theGridIsTheReferences() {
        double[] grid = GcdLatticeDetector.grid();
        assertEquals(10, grid.length);
        assertEquals(1e-3, grid[0], 1e-15);
        assertEquals(1, grid[9], 1e-12);
        for (int i = 1; i < grid.length; i++) {
            assertEquals(Math.pow(10, 1.0 / 3), grid[i] / grid[i - 1], 1e-12);
        }
    }

    @Test
    void euclidOnDeterminantsPairsTheGcdWithItsVector() {
        // det 6 with row (6, 0), det 4 with row (4, 0) against V = [(0, 1)]: gcd 2 from (6,0) - (4,0).
        double[] row = GcdBasis.euclid(6, new double[] {6, 0}, 4, new double[] {4, 0}, 1e-9);
        assertArrayEquals(new double[] {2, 0}, new double[] {Math.abs(row[0]), row[1]}, 1e-12);
    }

    /** Exact points of the lattice with basis (2, 1), (0, 3): the cell found has its volume, 6. */
    @Test
    void findsTheUnitCellOfExactLatticePoints() {
        SplittableRandom random = new SplittableRandom(4);
        List<double[]> vectors = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            int i = random.nextInt(-4, 5);
            int j = random.nextInt(-4, 5);
            vectors.add(new double[] {2.0 * i, i + 3.0 * j});
        }
        double[] volumes = {6, 12, 18, 42};
        double[][] cell = GcdBasis.find(vectors, 2, volumes, 1e-6).orElseThrow();
        assertEquals(6, Math.abs(Determinant.of(cell)), 1e-9);
    }
}
