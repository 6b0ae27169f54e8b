package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.testkit.SyntheticTrace;
import org.mips.testkit.SyntheticTraces;

class LinearLatticeDetectorTest {

    private static final double NOISE = 1e-3;

    /** Two counters, {@code z_i += x_i}, on a skewed 2-D lattice. */
    static SyntheticTrace twoCounters() {
        return SyntheticTraces.linearLattice("two counters", new double[][] {{1.3, 0.4}, {-0.2, 0.9}},
                new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 0}, {0, 1}}, new long[] {0, 0}, 1, NOISE, 300, 10, 1);
    }

    /** Three counters, {@code z_i += x_i}, on a random 3-D lattice in five hidden units. */
    static SyntheticTrace threeCountersInFiveUnits() {
        long[][] identity = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        return SyntheticTraces.linearLattice("three counters", SyntheticTraces.randomBasis(3, 5, 2), identity, identity,
                new long[] {0, 0, 0}, 1, NOISE, 300, 10, 2);
    }

    /**
     * A counter of counts beside a one-step memory, in five hidden units: {@code z_0 += z_1},
     * {@code z_1 += x_0}, {@code z_2 = x_1}; z_0 reaches 45.
     */
    static SyntheticTrace counterOfCountsInFiveUnits() {
        return SyntheticTraces.linearLattice("counter of counts", SyntheticTraces.randomBasis(3, 5, 2),
                new long[][] {{1, 1, 0}, {0, 1, 0}, {0, 0, 0}}, new long[][] {{0, 0}, {1, 0}, {0, 1}}, new long[] {0, 0, 0}, 1,
                NOISE, 300, 10, 3);
    }

    @Test
    void recoversATwoDimensionalLattice() {
        SyntheticTrace trace = twoCounters();
        Representation lattice = Truth.found(new LinearLatticeDetector().detect(trace.trace()));
        assertEquals(List.of("z0", "z1"), lattice.variables());
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
        assertTrue(lattice.descriptionLength() < 2, "description length " + lattice.descriptionLength());
    }

    @Test
    void recoversAThreeDimensionalLatticeInAFiveUnitState() {
        SyntheticTrace trace = threeCountersInFiveUnits();
        Representation lattice = Truth.found(new LinearLatticeDetector().detect(trace.trace()));
        assertEquals(3, lattice.variables().size(), "one variable per lattice dimension, not per hidden unit");
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
        assertTrue(lattice.descriptionLength() < 2, "description length " + lattice.descriptionLength());
    }

    @Test
    void recoversALatticeWithLargeCoordinates() {
        SyntheticTrace trace = counterOfCountsInFiveUnits();
        Representation lattice = Truth.found(new LinearLatticeDetector().detect(trace.trace()));
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        Truth.assertUnimodular(pairs);
    }

    /**
     * {@code h = 2 h + x}: the candidates {@code W_x W_h^k} are {@code 2^k a}. The reference's longest-first
     * choice takes {@code 512 a}, a sublattice the states are not on; the finest lattice {@code a} is right.
     */
    @Test
    void prefersTheFinestLatticeWhenTheTransitionGrows() {
        SyntheticTrace trace = SyntheticTraces.linearLattice("binary number", new double[][] {{0.7, -0.3}},
                new long[][] {{2}}, new long[][] {{1}}, new long[] {0}, 1, NOISE, 300, 6, 4);
        Representation lattice = Truth.found(new LinearLatticeDetector().detect(trace.trace()));
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        Truth.assertOneToOne(pairs);
        long[][] u = Truth.assertUnimodular(pairs);
        assertEquals(1, Math.abs(u[0][0]), "the code is the number itself (or its negation)");
    }

    @Test
    void recoversAShiftRegister() {
        SyntheticTrace trace = SyntheticTraces.linearLattice("delay line", SyntheticTraces.randomBasis(3, 3, 5),
                new long[][] {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}}, new long[][] {{1}, {0}, {0}}, new long[] {0, 0, 0}, 1, NOISE, 200, 10, 6);
        Representation lattice = Truth.found(new LinearLatticeDetector().detect(trace.trace()));
        List<long[][]> pairs = Truth.pairs(lattice, trace, true);
        assertEquals(8, Truth.assertOneToOne(pairs));
        Truth.assertUnimodular(pairs);
    }

    @Test
    void refusesANonlinearUpdate() {
        Outcome<Representation> outcome = new LinearLatticeDetector().detect(SyntheticTraces.bitMachine(3, 4, NOISE, 200, 10, 7).trace());
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, outcome);
        assertTrue(none.reason().startsWith("the update is not linear"), none.reason());
    }

    @Test
    void twoStatesAreNoEvidenceOfALattice() {
        HiddenTrace oneStep = new HiddenTrace(1, 1, 1, 1, new double[] {0}, new long[] {1}, new double[] {1}, new double[] {1},
                new int[] {0});
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, new LinearLatticeDetector().detect(oneStep));
        assertTrue(none.reason().contains("only 2 lattice points"), none.reason());
    }
}
