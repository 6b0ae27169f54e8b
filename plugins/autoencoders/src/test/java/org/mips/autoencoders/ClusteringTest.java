package org.mips.autoencoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;

class ClusteringTest {

    /** 300 points around each centre, Gaussian-free: uniform noise of the given half-width per coordinate. */
    private static double[][] around(double[][] centres, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[300 * centres.length][];
        for (int i = 0; i < points.length; i++) {
            double[] c = centres[i % centres.length];
            points[i] = new double[c.length];
            for (int j = 0; j < c.length; j++) {
                points[i][j] = c[j] + (noise == 0 ? 0 : random.nextDouble(-noise, noise));
            }
        }
        return points;
    }

    private static Clusters clusters(double[][] points) {
        return Clustering.of(points, points).toOptional().orElseThrow(() -> new AssertionError(Clustering.of(points, points)));
    }

    @Test
    void findsAsManyClustersAsTheDataHas() {
        Clusters clusters = clusters(around(new double[][] {{0, 0}, {1, 0}, {0, 2}}, 1e-3, 1));
        assertEquals(3, clusters.count());
        assertTrue(clusters.radius() > 1e-3 && clusters.radius() < 0.5, "radius " + clusters.radius());
        assertEquals(0, clusters.labels()[0], "cluster 0 holds the first point");
    }

    @Test
    void exactDuplicatesAreClustersToo() {
        assertEquals(4, clusters(around(new double[][] {{0}, {1}, {2}, {5}}, 0, 2)).count());
    }

    /** Two pairs of clusters, 0.5 apart within a pair and 10 between pairs: the finest scale wins. */
    @Test
    void cutsAtTheFinestGap() {
        assertEquals(4, clusters(around(new double[][] {{0, 0}, {0.5, 0}, {10, 0}, {10.5, 0}}, 1e-3, 3)).count());
    }

    @Test
    void refusesNoiseWithoutAGap() {
        SplittableRandom random = new SplittableRandom(4);
        double[][] points = new double[1000][];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.doubles(3, -1, 1).toArray();
        }
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, Clustering.of(points, points));
        assertTrue(none.reason().contains("no gap"), none.reason());
    }

    @Test
    void refusesASingleCluster() {
        Outcome.None<?> none = assertInstanceOf(Outcome.None.class, Clustering.of(new double[][] {{1}, {1}, {1}}, new double[][] {{1}, {1}, {1}}));
        assertTrue(none.reason().contains("one cluster"), none.reason());
    }
}
