package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * The GCD lattice finder of reference section 5.2b, which needs no model of the update: it finds the
 * lattice from the states alone, as the approximate GCD of simplex volumes. For each pair of the
 * reference's grid ({@code thres} and {@code fraction} both over {@code 10^linspace(-3, 0, 10)}) it draws a
 * central sample, runs {@link GcdBasis}, reduces the basis and anchors it; the pair whose lattice has the
 * smallest description length wins. Working in the states' principal subspace and sampling a fixed number
 * of volumes replace the reference's gate {@code n < 4}.
 */
@Extension
public final class GcdLatticeDetector implements RepresentationDetector {

    /** The largest rank handled: the sample's determinants cost {@code rank^3} each. */
    static final int MAX_RANK = CentralSample.POINTS / 2;
    /** States used to score each grid pair; the winner is then fitted and scored on all of them. */
    static final int SCORING_SAMPLE = 2000;
    /** The reference's numpy seed. */
    static final long SEED = 0;

    @Override
    public String id() {
        return "gcd-lattice";
    }

    @Override
    public String description() {
        return "Integer lattice whose cell volume is the GCD of sampled simplex volumes of the states (reference 5.2b)";
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    /** The reference's grid {@code 10^linspace(-3, 0, 10)}. */
    static double[] grid() {
        double[] grid = new double[10];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = Math.pow(10, -3 + 3.0 * i / 9);
        }
        return grid;
    }

    private Outcome<Lattice> find(HiddenTrace trace) {
        Outcome<TraceStates> valid = TraceStates.of(trace);
        if (valid instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = valid.toOptional().orElseThrow();
        double[][] points = states.points();
        Subspace subspace = Subspace.of(points);
        int rank = subspace.rank();
        if (rank == 0) {
            return Outcome.none("all hidden states are equal: their spread is below " + Subspace.MIN_SPREAD);
        }
        if (rank > MAX_RANK) {
            return Outcome.none("the states span " + rank + " dimensions; the GCD finder handles at most " + MAX_RANK);
        }
        Outcome<Candidate> best = bestOnGrid(states, subspace);
        if (best instanceof Outcome.None<Candidate> none) {
            return Outcome.none(none.reason());
        }
        Candidate winner = best.toOptional().orElseThrow();
        Outcome<Lattice> fit = heldOut(LatticeFit.fit(id(), winner.basis(), winner.anchor(), points), points, winner.drawn());
        if (fit instanceof Outcome.Found<Lattice> lattice) {
            return Consistency.scored(lattice.value(), states, lattice.value()::withDescriptionLength,
                    "the " + rank + "-dimensional lattice");
        }
        return fit;
    }

    /**
     * The grid pair whose lattice has the smallest description length on a sample of the states, or the
     * most common reason why none put the states on a lattice.
     */
    private Outcome<Candidate> bestOnGrid(TraceStates states, Subspace subspace) {
        double[][] points = states.points();
        int rank = subspace.rank();
        double[][] coordinates = new double[points.length][];
        for (int p = 0; p < points.length; p++) {
            coordinates[p] = subspace.coordinates(points[p]);
        }
        double[][] sorted = new double[rank][points.length];
        for (int i = 0; i < rank; i++) {
            for (int p = 0; p < points.length; p++) {
                sorted[i][p] = coordinates[p][i];
            }
            Arrays.sort(sorted[i]);
        }
        double[][] scoring = states.sample(SCORING_SAMPLE);
        Candidate best = null;
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<Candidate> tried = new ArrayList<>();
        for (double fraction : grid()) {
            CentralSample sample = CentralSample.draw(coordinates, sorted, points, fraction, SEED);
            for (double threshold : grid()) {
                Optional<double[][]> cell = GcdBasis.find(sample.vectors(), rank, sample.volumes(), threshold);
                if (cell.isEmpty()) {
                    reasons.merge("the sampled states do not span their " + rank + " dimensions", 1, Integer::sum);
                    continue;
                }
                Candidate candidate = new Candidate(BasisReduction.reduce(subspace.directions(cell.get())), sample.anchor(),
                        sample.drawn(), Double.NaN);
                if (tried.stream().anyMatch(candidate::sameAs)) {
                    continue;
                }
                tried.add(candidate);
                Outcome<Lattice> fit = heldOut(LatticeFit.fit(id(), candidate.basis(), candidate.anchor(), scoring), scoring,
                        candidate.drawn());
                if (fit instanceof Outcome.None<Lattice> none) {
                    reasons.merge(none.reason(), 1, Integer::sum);
                } else {
                    double length = DescriptionLength.of(fit.toOptional().orElseThrow(), scoring);
                    if (best == null || length < best.length()) {
                        best = candidate.withLength(length);
                    }
                }
            }
        }
        if (best != null) {
            return Outcome.found(best);
        }
        Map.Entry<String, Integer> common = reasons.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return Outcome.none("no pair (thres, fraction) of the GCD finder's grid put the states on a lattice; the most"
                + " common reason (" + common.getValue() + " of " + reasons.values().stream().mapToInt(i -> i).sum()
                + " distinct attempts): " + common.getKey());
    }

    /**
     * The lattice, if enough of the lattice points the states occupy were not among the drawn states the
     * basis was built from. Euclid on the drawn states finds a lattice through any handful of points (the
     * lattice their differences generate, cut off at the threshold), so only the other states can show
     * that the states really lie on it: at least rank + 1 of their lattice points must be new.
     */
    static Outcome<Lattice> heldOut(Outcome<Lattice> fit, double[][] points, double[][] drawn) {
        if (!(fit instanceof Outcome.Found<Lattice> found)) {
            return fit;
        }
        Lattice lattice = found.value();
        Set<Code> occupied = new HashSet<>();
        for (double[] p : points) {
            occupied.add(new Code(lattice.encode(p)));
        }
        int total = occupied.size();
        for (double[] p : drawn) {
            occupied.remove(new Code(lattice.encode(p)));
        }
        int rank = lattice.basis().length;
        if (occupied.size() < rank + 1) {
            return Outcome.none("only " + occupied.size() + " of the " + total + " lattice points the states occupy were not"
                    + " used to build the basis; at least " + (rank + 1) + " are needed to tell a lattice from an arbitrary"
                    + " set of states");
        }
        return fit;
    }

    /** A reduced basis and anchor from one grid pair, with its description length on the scoring sample. */
    private record Candidate(double[][] basis, double[] anchor, double[][] drawn, double length) {

        Candidate withLength(double newLength) {
            return new Candidate(basis, anchor, drawn, newLength);
        }

        boolean sameAs(Candidate other) {
            return Arrays.deepEquals(basis, other.basis) && Arrays.equals(anchor, other.anchor);
        }
    }
}
