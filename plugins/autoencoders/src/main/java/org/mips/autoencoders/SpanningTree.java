package org.mips.autoencoders;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A minimum spanning tree of points (Prim's algorithm, dense, O(n^2)): edge {@code e} joins
 * {@code from[e]} and {@code to[e]} with Euclidean length {@code lengths[e]}.
 */
record SpanningTree(int[] from, int[] to, double[] lengths) {

    static SpanningTree of(double[][] points) {
        int n = points.length;
        if (n < 2) {
            return new SpanningTree(new int[0], new int[0], new double[0]);
        }
        double[] distance = new double[n];
        int[] nearest = new int[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        boolean[] inTree = new boolean[n];
        int[] from = new int[n - 1];
        int[] to = new int[n - 1];
        double[] lengths = new double[n - 1];
        int current = 0;
        inTree[0] = true;
        for (int added = 0; added < n - 1; added++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (!inTree[i]) {
                    double d = Vectors.distanceSquared(points[current], points[i]);
                    if (d < distance[i]) {
                        distance[i] = d;
                        nearest[i] = current;
                    }
                    if (next < 0 || distance[i] < distance[next]) {
                        next = i;
                    }
                }
            }
            from[added] = nearest[next];
            to[added] = next;
            lengths[added] = Math.sqrt(distance[next]);
            inTree[next] = true;
            current = next;
        }
        return new SpanningTree(from, to, lengths);
    }

    /** Edge indices by decreasing length, ties in edge order. */
    Integer[] longestFirst() {
        Integer[] order = new Integer[lengths.length];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer e) -> -lengths[e]).thenComparingInt(e -> e));
        return order;
    }
}
