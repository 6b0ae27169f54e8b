package org.mips.autoencoders;

import java.util.Arrays;
import java.util.Locale;
import org.mips.spi.Outcome;

/**
 * Clusters hidden states without being told how many clusters there are, in two ways.
 *
 * <p>{@link #cut}: single-linkage clusterings from coarse to fine, the minimum spanning tree of a sample
 * cut at its k - 1 longest edges, every state then labelled by its nearest cluster mean (as a
 * representation encodes). A trained network's states often drift within each mode (the outputs are
 * rounded, so nothing pulls them to one point); the coarsest cut whose machine is deterministic finds
 * the modes however wide they are.
 *
 * <p>{@link #of}: the scale from the data:
 * on a sample, the edges of the minimum spanning tree are short inside a cluster (noise) and long
 * between clusters, so the sorted edge lengths jump. The lowest jump by a factor of at least
 * {@link #GAP_RATIO} (among cuts leaving at most half as many clusters as sample points) sets the radius:
 * the finest scale at which the states are discrete. Every state then joins the nearest cluster within
 * that radius or starts a new one (so states too rare for the sample still get their own cluster), and
 * one Lloyd step re-centres the clusters. Noise that spreads continuously has no such jump and is
 * refused.
 */
final class Clustering {

    /** States the spanning tree is built on; its cost grows with the square of this. */
    static final int SAMPLE = 2000;
    /** The factor between the longest edge inside and the shortest edge between clusters. */
    static final double GAP_RATIO = 4;
    /** More clusters than this are a grid or noise, not a finite machine. */
    static final int MAX_CLUSTERS = 256;

    private Clustering() {
    }

    /** Clusters of {@code points}, with the radius chosen on {@code sample}, or why there are none. */
    static Outcome<Clusters> of(double[][] points, double[][] sample) {
        double[] edges = spanningTreeEdges(sample);
        Arrays.sort(edges);
        double longest = edges.length == 0 ? 0 : edges[edges.length - 1];
        double floor = Math.max(1e-12, 1e-9 * longest);
        if (longest <= floor) {
            return Outcome.none("all hidden states are equal: they form one cluster");
        }
        double radius = -1;
        double largestRatio = 0;
        int firstCut = Math.max(0, (sample.length + 1) / 2 - 1); // cuts above leave at most half as many clusters as points
        for (int j = firstCut; j + 1 < edges.length; j++) {
            double ratio = edges[j + 1] / Math.max(edges[j], floor);
            largestRatio = Math.max(largestRatio, ratio);
            if (ratio >= GAP_RATIO) {
                // Inside the gap, and at least a quarter of it, so that states noisier than the sample's still join.
                radius = Math.max(Math.sqrt(Math.max(edges[j], floor) * edges[j + 1]), edges[j + 1] / 4);
                break;
            }
        }
        if (radius < 0) {
            return Outcome.none(String.format(Locale.ROOT, "the distances between hidden states have no gap (the largest ratio"
                    + " between consecutive spanning-tree edges is %.2f, below %.0f): the states are not discrete clusters",
                    largestRatio, GAP_RATIO));
        }
        Leaders leaders = new Leaders(radius);
        for (double[] p : sample) {
            leaders.join(p);
        }
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length && leaders.count <= MAX_CLUSTERS; i++) {
            labels[i] = leaders.join(points[i]);
        }
        if (leaders.count > MAX_CLUSTERS) {
            return Outcome.none("the hidden states form more than " + MAX_CLUSTERS + " clusters");
        }
        double[][] centres = means(points, labels, leaders.count);
        for (int i = 0; i < points.length; i++) {
            labels[i] = Vectors.nearest(centres, points[i]);
        }
        centres = means(points, labels, leaders.count);
        return separated(points, inOrderOfFirstPoint(labels, centres), centres, radius);
    }

    /** Leader clustering: a state joins the nearest leader within the radius, or becomes a leader. */
    private static final class Leaders {

        private final double radius;
        private double[][] leaders = new double[16][];
        private int count;

        Leaders(double radius) {
            this.radius = radius;
        }

        int join(double[] p) {
            if (count > 0) {
                int nearest = Vectors.nearest(leaders, count, p);
                if (Vectors.distanceSquared(leaders[nearest], p) <= radius * radius) {
                    return nearest;
                }
            }
            if (count == leaders.length) {
                leaders = Arrays.copyOf(leaders, 2 * count);
            }
            leaders[count] = p;
            return count++;
        }
    }

    /**
     * Relabels the clusters in the order their first point appears (reordering {@code centres} to match),
     * so that cluster 0 holds the first point, the start {@code h = 0} of the trace's first sequence.
     */
    private static int[] inOrderOfFirstPoint(int[] labels, double[][] centres) {
        int[] renamed = new int[centres.length];
        Arrays.fill(renamed, -1);
        double[][] original = centres.clone();
        int next = 0;
        int[] relabelled = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (renamed[labels[i]] < 0) {
                renamed[labels[i]] = next;
                centres[next++] = original[labels[i]];
            }
            relabelled[i] = renamed[labels[i]];
        }
        return relabelled;
    }

    /** The clusters, if every state is nearer its own centre than any other cluster could reach. */
    private static Outcome<Clusters> separated(double[][] points, int[] labels, double[][] centres, double radius) {
        int[] sizes = new int[centres.length];
        double widest = 0;
        for (int i = 0; i < points.length; i++) {
            sizes[labels[i]]++;
            widest = Math.max(widest, Math.sqrt(Vectors.distanceSquared(points[i], centres[labels[i]])));
        }
        for (int a = 0; a < centres.length; a++) {
            if (sizes[a] == 0) {
                return Outcome.none("a cluster lost all its states when re-centred: the states are not well separated");
            }
            for (int b = a + 1; b < centres.length; b++) {
                double distance = Math.sqrt(Vectors.distanceSquared(centres[a], centres[b]));
                if (distance <= 2 * widest) {
                    return Outcome.none(String.format(Locale.ROOT, "clusters overlap: two centres are %.3g apart but a cluster"
                            + " reaches %.3g from its centre", distance, widest));
                }
            }
        }
        if (centres.length < 2) {
            return Outcome.none("all hidden states fall in one cluster");
        }
        return Outcome.found(new Clusters(centres, labels, sizes, radius));
    }

    private static double[][] means(double[][] points, int[] labels, int count) {
        double[][] sums = new double[count][points[0].length];
        int[] sizes = new int[count];
        for (int i = 0; i < points.length; i++) {
            Vectors.addScaled(sums[labels[i]], 1, points[i]);
            sizes[labels[i]]++;
        }
        for (int c = 0; c < count; c++) {
            if (sizes[c] > 0) {
                sums[c] = Vectors.scaled(sums[c], 1.0 / sizes[c]);
            }
        }
        return sums;
    }

    /** The edge lengths of a minimum spanning tree of the points. */
    static double[] spanningTreeEdges(double[][] points) {
        return SpanningTree.of(points).lengths();
    }

    /** The cluster counts {@link #cut} tries, coarse to fine: every count to 32, then about a third more each time. */
    static int[] cutCounts(int samplePoints) {
        int limit = Math.min(MAX_CLUSTERS, samplePoints / 2);
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (int k = 2; k <= limit; k = k < 32 ? k + 1 : k + k / 3) {
            counts.add(k);
        }
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The sample's spanning tree cut into {@code k} parts at its longest edges (ties by edge order), their
     * means as centres, and every point labelled by its nearest centre; clusters left without points are
     * dropped, and clusters are numbered in order of their first point. Null when fewer than two remain.
     */
    static Clusters cut(double[][] points, double[][] sample, SpanningTree tree, int k) {
        int n = sample.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Integer[] order = tree.longestFirst();
        double radius = Double.POSITIVE_INFINITY;
        for (int e = 0; e < order.length; e++) {
            if (e < k - 1) {
                radius = Math.min(radius, tree.lengths()[order[e]]);
                continue;
            }
            union(parent, tree.from()[order[e]], tree.to()[order[e]]);
        }
        int[] component = new int[n];
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int components = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = components++;
            }
            component[i] = index[root];
        }
        double[][] centres = means(sample, component, components);
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            labels[i] = Vectors.nearest(centres, points[i]);
        }
        int[] sizes = new int[components];
        for (int label : labels) {
            sizes[label]++;
        }
        int kept = 0;
        int[] renumber = new int[components];
        for (int c = 0; c < components; c++) {
            renumber[c] = sizes[c] > 0 ? kept++ : -1;
        }
        if (kept < 2) {
            return null;
        }
        double[][] keptCentres = new double[kept][];
        for (int c = 0; c < components; c++) {
            if (renumber[c] >= 0) {
                keptCentres[renumber[c]] = centres[c];
            }
        }
        for (int i = 0; i < labels.length; i++) {
            labels[i] = renumber[labels[i]];
        }
        int[] ordered = inOrderOfFirstPoint(labels, keptCentres);
        int[] keptSizes = new int[kept];
        for (int label : ordered) {
            keptSizes[label]++;
        }
        return new Clusters(keptCentres, ordered, keptSizes, radius);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
