package org.mips.autoencoders;

/**
 * Hidden states grouped into well-separated clusters.
 *
 * @param centres the mean of each cluster's states, in order of the clusters' first state
 * @param labels  the cluster of every point, in the order the points were given
 * @param sizes   how many points each cluster has
 * @param radius  the distance within which states were put in one cluster
 */
record Clusters(double[][] centres, int[] labels, int[] sizes, double radius) {

    int count() {
        return centres.length;
    }
}
