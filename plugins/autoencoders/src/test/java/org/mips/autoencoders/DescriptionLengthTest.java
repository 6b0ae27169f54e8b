package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mips.spi.represent.Representation;

class DescriptionLengthTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * Codes 0, 1, 3 cost (log2 1 + log2 2 + log2 4) / 3 = 1 bit; the one error of 0.02 costs
     * log2(1 + 0.02 / 0.01) over three coordinates.
     */
    @Test
    void isTheReferenceFormula() {
        Lattice lattice = Lattice.of("test", new double[][] {{1}}, new double[] {0});
        double length = DescriptionLength.of(lattice, new double[][] {{0}, {1}, {3.02}});
        assertEquals(1 + log2(3) / 3, length, 1e-9);
    }

    /** Both means are per coordinate: two code coordinates and three hidden ones. */
    @Test
    void averagesEachTermOverItsOwnCoordinates() {
        Lattice lattice = Lattice.of("test", new double[][] {{1, 0, 0}, {0, 1, 0}}, new double[] {0, 0, 0});
        double length = DescriptionLength.of(lattice, new double[][] {{1, 3, 0.01}});
        assertEquals((log2(2) + log2(4)) / 2 + log2(2) / 3, length, 1e-9);
    }

    @Test
    void aNanLengthCostsOneHundredMillion() {
        Representation broken = new Representation() {
            public String detector() {
                return "broken";
            }

            public List<String> variables() {
                return List.of("z");
            }

            public long[] encode(double[] h) {
                return new long[] {0};
            }

            public double[] decode(long[] z) {
                return new double[] {Double.NaN};
            }

            public double descriptionLength() {
                return 0;
            }
        };
        assertEquals(1e8, DescriptionLength.of(broken, new double[][] {{1}}));
    }
}
