package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HypercubeTest {

    /** The 2^k corners {@code o + sum_i bit_i e_i}, corner p having the bits of p. */
    private static double[][] corners(double[] origin, double[][] edges) {
        int k = edges.length;
        double[][] points = new double[1 << k][];
        for (int p = 0; p < points.length; p++) {
            points[p] = origin.clone();
            for (int i = 0; i < k; i++) {
                if ((p >> i & 1) == 1) {
                    Vectors.addScaled(points[p], 1, edges[i]);
                }
            }
        }
        return points;
    }

    @Test
    void readsTheBitsOfASkewedFourCube() {
        double[][] edges = {{1, 0.2, 0}, {0.3, 1, 0.1}, {0, -0.4, 1.2}, {0.5, 0.5, 0.5}};
        double[][] points = corners(new double[] {0.3, -1, 2}, edges);
        Hypercube.Cube cube = Hypercube.fit(points).orElseThrow();
        assertEquals(4, cube.bits());
        Set<String> codes = new HashSet<>();
        for (int p = 0; p < points.length; p++) {
            codes.add(Arrays.toString(cube.codes()[p]));
            assertTrue(Vectors.distanceSquared(points[p], cube.position(cube.codes()[p])) < 1e-20);
        }
        assertEquals(16, codes.size(), "one code per corner");
        for (int p = 0; p < points.length; p++) {
            for (int i = 0; i < 4; i++) {
                long[] a = cube.codes()[p];
                long[] b = cube.codes()[p ^ (1 << i)];
                int differing = 0;
                for (int j = 0; j < 4; j++) {
                    differing += a[j] != b[j] ? 1 : 0;
                }
                assertEquals(1, differing, "corners along one edge differ in one found bit");
            }
        }
    }

    /** A 3-bit number on a line is a (flat) 3-cube with edges 1, 2 and 4. */
    @Test
    void aBinaryNumberOnALineIsACube() {
        double[][] points = new double[8][];
        for (int p = 0; p < 8; p++) {
            points[p] = new double[] {p};
        }
        Hypercube.Cube cube = Hypercube.fit(points).orElseThrow();
        double[] lengths = Arrays.stream(cube.edges()).mapToDouble(e -> Math.abs(e[0])).sorted().toArray();
        assertEquals(1, lengths[0], 1e-9);
        assertEquals(2, lengths[1], 1e-9);
        assertEquals(4, lengths[2], 1e-9);
    }

    @Test
    void randomPointsAreNoCube() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] points = new double[8][];
        for (int p = 0; p < 8; p++) {
            points[p] = random.doubles(3, -1, 1).toArray();
        }
        assertEquals(Optional.empty(), Hypercube.fit(points));
        assertEquals(Optional.empty(), Hypercube.fit(Arrays.copyOf(points, 6)));
    }
}
