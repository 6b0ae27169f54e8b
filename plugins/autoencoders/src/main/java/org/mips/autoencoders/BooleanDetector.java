package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * Bit variables (reference section 5.4, Boolean route). Clusters the hidden states; when the clusters the
 * network moves into number 2^k, finds the k-bit code of each from the geometry: networks that store k
 * bits place their states at the corners of an affine image of the k-cube, so {@link Hypercube} reads
 * off the bits where the reference tried all (2^k)! assignments and stopped at 3 bits. Bits come out up
 * to order and negation; they are oriented so that the start {@code h = 0} is all zeros, and ordered by
 * decreasing edge length. The start state, which the network never moves into, takes the code of the
 * nearest state it behaves like (as the reference took the cluster nearest the origin).
 */
@Extension
public final class BooleanDetector implements RepresentationDetector {

    /** More bits than this are 256 or more clusters: beyond what {@link Clustering} accepts. */
    static final int MAX_BITS = 7;

    @Override
    public String id() {
        return "boolean";
    }

    @Override
    public String description() {
        return "Bits: 2^k clusters of states at the corners of an affine k-cube, each read as its k-bit code (reference 5.4)";
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    private Outcome<BitCode> find(HiddenTrace trace) {
        Outcome<ClusteredTrace> clustered = ClusteredTrace.of(trace, false);
        if (clustered instanceof Outcome.None<ClusteredTrace> none) {
            return Outcome.none(none.reason());
        }
        ClusteredTrace found = clustered.toOptional().orElseThrow();
        ObservedMachine machine = found.machine();
        double[][] centres = found.clusters().centres();
        int[] classes = MachineMinimisation.attachUnseen(machine, IntStream.range(0, centres.length).toArray(), centres, false);
        List<Integer> coded = new ArrayList<>();
        for (int c = 0; c < centres.length; c++) {
            if (machine.output()[c] != ObservedMachine.UNSEEN) {
                coded.add(c);
            } else if (!MachineMinimisation.seenOutput(machine, classes, classes[c])) {
                return Outcome.none("cluster " + c + ", which the network starts in but never moves into, behaves like none"
                        + " of the other clusters, so it has no bit code");
            }
        }
        int count = coded.size();
        if (count < 2) {
            return Outcome.none("the network moves into only one cluster of states");
        }
        if (Integer.bitCount(count) != 1) {
            return Outcome.none(count + " clusters of states is not a power of two, so they are not the codes of bits");
        }
        int bits = Integer.numberOfTrailingZeros(count);
        if (bits > MAX_BITS) {
            return Outcome.none(count + " clusters would be " + bits + " bits; at most " + MAX_BITS + " are looked for");
        }
        double[][] corners = coded.stream().map(c -> centres[c]).toArray(double[][]::new);
        Optional<Hypercube.Cube> cube = Hypercube.fit(corners);
        if (cube.isEmpty()) {
            return Outcome.none("the " + count + " cluster centres are not the corners of an affine image of a " + bits + "-cube");
        }
        long[][] codes = new long[centres.length][];
        for (int k = 0; k < count; k++) {
            codes[coded.get(k)] = cube.get().codes()[k];
        }
        for (int c = 0; c < centres.length; c++) {
            if (codes[c] == null) {
                int cluster = c;
                int twin = coded.stream().filter(k -> classes[k] == classes[cluster]).findFirst().orElseThrow();
                codes[c] = codes[twin];
            }
        }
        BitCode code = oriented(centres, codes, cube.get(), trace.hiddenDim());
        return Consistency.scored(code, found.states(), code::withDescriptionLength, "the " + bits + "-bit code");
    }

    /** The code with every bit the start state has set negated, and bits ordered by decreasing edge length. */
    private BitCode oriented(double[][] centres, long[][] codes, Hypercube.Cube cube, int hiddenDim) {
        long[] start = codes[Vectors.nearest(centres, new double[hiddenDim])];
        int bits = cube.bits();
        double[] origin = cube.origin().clone();
        double[][] edges = Vectors.copy(cube.edges());
        for (int i = 0; i < bits; i++) {
            if (start[i] == 1) {
                Vectors.addScaled(origin, 1, edges[i]);
                edges[i] = Vectors.scaled(edges[i], -1);
            }
        }
        Integer[] order = IntStream.range(0, bits).boxed().toArray(Integer[]::new);
        double[][] flippedEdges = edges;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Vectors.norm(flippedEdges[i])).reversed());
        long[][] orientedCodes = new long[codes.length][bits];
        double[][] orderedEdges = new double[bits][];
        for (int j = 0; j < bits; j++) {
            int i = order[j];
            orderedEdges[j] = edges[i];
            for (int c = 0; c < codes.length; c++) {
                orientedCodes[c][j] = codes[c][i] ^ start[i];
            }
        }
        return new BitCode(id(), centres, orientedCodes, origin, orderedEdges, Double.NaN);
    }
}
