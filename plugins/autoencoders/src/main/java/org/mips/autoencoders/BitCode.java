package org.mips.autoencoders;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mips.spi.represent.Representation;

/**
 * Boolean variables (reference section 5.4's bit representation): each cluster of hidden states has a
 * k-bit code, and the codes are the corners of a cube, {@code h ~ o + sum_i bit_i e_i}.
 * {@code encode(h)} is the code of the nearest cluster centre and {@code decode(z)} the cube's point
 * {@code o + sum_i z_i e_i}.
 *
 * @param detector          the id of the detector that found it
 * @param centres           the cluster centres, as rows
 * @param codes             the code of each centre (several centres may share one, e.g. the start h = 0)
 * @param origin            o, the hidden vector of the all-zero code
 * @param edges             e_i, the displacement of setting bit i, as rows
 * @param descriptionLength the description length on the trace (reference section 5.3)
 */
public record BitCode(String detector, double[][] centres, long[][] codes, double[] origin, double[][] edges,
        double descriptionLength) implements Representation {

    public BitCode {
        centres = Vectors.copy(centres);
        codes = copy(codes);
        origin = origin.clone();
        edges = Vectors.copy(edges);
    }

    BitCode withDescriptionLength(double length) {
        return new BitCode(detector, centres, codes, origin, edges, length);
    }

    @Override
    public List<String> variables() {
        return IntStream.range(0, edges.length).mapToObj(i -> "b" + i).toList();
    }

    @Override
    public long[] encode(double[] h) {
        return codes[Vectors.nearest(centres, h)].clone();
    }

    @Override
    public double[] decode(long[] z) {
        double[] h = origin.clone();
        for (int i = 0; i < edges.length; i++) {
            Vectors.addScaled(h, z[i], edges[i]);
        }
        return h;
    }

    @Override
    public double[][] centres() {
        return Vectors.copy(centres);
    }

    @Override
    public long[][] codes() {
        return copy(codes);
    }

    @Override
    public double[] origin() {
        return origin.clone();
    }

    @Override
    public double[][] edges() {
        return Vectors.copy(edges);
    }

    private static long[][] copy(long[][] rows) {
        return Arrays.stream(rows).map(long[]::clone).toArray(long[][]::new);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitCode b && detector.equals(b.detector) && Arrays.deepEquals(centres, b.centres)
                && Arrays.deepEquals(codes, b.codes) && Arrays.equals(origin, b.origin) && Arrays.deepEquals(edges, b.edges)
                && Double.compare(descriptionLength, b.descriptionLength) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(edges) + Arrays.hashCode(origin);
    }

    @Override
    public String toString() {
        return edges.length + "-bit code over " + centres.length + " clusters, origin " + Arrays.toString(origin) + ", edges "
                + Arrays.deepToString(edges) + ", description length " + descriptionLength;
    }
}
