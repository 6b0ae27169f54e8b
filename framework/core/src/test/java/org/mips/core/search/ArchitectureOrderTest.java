package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;

class ArchitectureOrderTest {

    private static final ArchitectureOrder ORDER = ArchitectureOrder.PAPER;

    /** (Lo, Lh, n, wo, wh) with irrelevant widths as "·", the reference's notation. */
    private static String paperTuple(Architecture a) {
        return "(" + a.readoutDepth() + "," + a.transitionDepth() + "," + a.hiddenDim() + ","
                + (a.readoutDepth() == 1 ? "·" : a.readoutWidth()) + ","
                + (a.transitionDepth() == 1 ? "·" : a.transitionWidth()) + ")";
    }

    private static Architecture of(int lo, int lh, int n, int wo, int wh) {
        return new Architecture(n, lh, wh, lo, wo, Activation.RELU);
    }

    @Test
    void theSpaceAndItsEnds() {
        assertEquals(75_497_472L, ORDER.size());
        assertEquals(Architecture.linear(1), ORDER.at(0));
        assertEquals(Architecture.linear(2), ORDER.at(65_536));
        assertEquals(of(3, 3, 128, 256, 256), ORDER.at(ORDER.size() - 1));
        assertEquals(ORDER.size() - 1, ORDER.index(of(3, 3, 128, 256, 256)));
        assertThrows(IllegalArgumentException.class, () -> ORDER.at(ORDER.size()));
        assertThrows(IllegalArgumentException.class, () -> ORDER.index(Architecture.linear(129)));
        assertEquals(ORDER.size() - 1, ORDER.clamp(2 * ORDER.size()));
    }

    @Test
    void theFormulaOfTheReference() {
        // N = (((Lo-1)·3 + (Lh-1))·128 + (n-1))·256² + (wo-1)·256 + (wh-1)
        assertEquals(((1L * 3 + 1) * 128 + 96) * 65_536 + 214 * 256 + 149, ORDER.index(of(2, 2, 97, 215, 150)));
        assertEquals(of(2, 2, 97, 215, 150), ORDER.at(39_900_821));
    }

    @Test
    void indexIsTheSmallestIntegerOfItsEquivalenceClass() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long point = random.nextLong(ORDER.size());
            Architecture architecture = ORDER.at(point);
            long index = ORDER.index(architecture);
            assertTrue(index <= point, () -> point + " -> " + architecture.toText());
            assertTrue(ORDER.equivalent(index, point));
            assertEquals(architecture, ORDER.at(index));
        }
    }

    @Test
    void widthsMatterOnlyAtDepthAboveOne() {
        long linear = ORDER.index(Architecture.linear(5));
        assertTrue(ORDER.equivalent(linear, linear + 256 * 17 + 3));
        long transition = ORDER.index(of(1, 2, 5, 1, 10));
        assertTrue(ORDER.equivalent(transition, transition + 256 * 40), "readout width is irrelevant at Lo = 1");
        assertFalse(ORDER.equivalent(transition, transition + 1), "transition width matters at Lh = 2");
        long readout = ORDER.index(of(2, 1, 5, 10, 1));
        assertTrue(ORDER.equivalent(readout, readout + 99));
        assertFalse(ORDER.equivalent(readout, readout + 256));
    }

    @Test
    void geometricStepIsTheFloorOfTimesTheFourthRootOfTwo() {
        assertEquals(77_935, ArchitectureOrder.nextGeometric(65_536));
        assertEquals(155_871, ArchitectureOrder.nextGeometric(131_072));
        assertEquals(2, ArchitectureOrder.nextGeometric(1), "tiny points still move on");
    }

    @Test
    void phaseOneVisitsTheReferencesThirtySixArchitectures() {
        List<String> expected = List.of(
                "(1,1,2,·,·)", "(1,1,3,·,·)", "(1,1,4,·,·)", "(1,1,5,·,·)", "(1,1,6,·,·)", "(1,1,7,·,·)",
                "(1,1,8,·,·)", "(1,1,10,·,·)", "(1,1,12,·,·)", "(1,1,14,·,·)", "(1,1,16,·,·)", "(1,1,20,·,·)",
                "(1,1,23,·,·)", "(1,1,27,·,·)", "(1,1,32,·,·)", "(1,1,39,·,·)", "(1,1,46,·,·)", "(1,1,54,·,·)",
                "(1,1,64,·,·)", "(1,1,77,·,·)", "(1,1,91,·,·)", "(1,1,108,·,·)", "(1,1,128,·,·)",
                "(1,2,25,·,168)", "(1,2,54,·,60)", "(1,2,88,·,193)", "(1,2,128,·,39)", "(1,3,49,·,77)",
                "(1,3,107,·,116)", "(2,1,47,132,·)", "(2,1,128,249,·)", "(2,2,97,215,150)", "(2,3,85,9,229)",
                "(3,1,94,7,·)", "(3,2,128,241,146)", "(3,3,128,256,256)");
        List<Long> sweep = ORDER.phaseOneSweep();
        assertEquals(expected, sweep.stream().map(p -> paperTuple(ORDER.at(ORDER.clamp(p)))).toList());
        assertEquals(65_536L, sweep.get(0));
        assertTrue(sweep.get(sweep.size() - 1) >= ORDER.size(), "the last point lies past the end and is clamped");
    }

    @Test
    void comparatorFollowsTheDigitsOfTheOrder() {
        List<Architecture> sorted = List.of(Architecture.linear(1), Architecture.linear(128), of(1, 2, 1, 1, 1),
                of(1, 2, 1, 1, 2), of(1, 2, 2, 1, 1), of(1, 3, 1, 1, 1), of(2, 1, 1, 1, 1), of(2, 1, 1, 2, 1),
                of(2, 2, 1, 1, 256));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Architecture smaller = sorted.get(i);
            Architecture larger = sorted.get(i + 1);
            assertTrue(ArchitectureOrder.comparator().compare(smaller, larger) < 0, smaller.toText() + " < " + larger.toText());
            assertTrue(ORDER.index(smaller) < ORDER.index(larger));
        }
    }
}
