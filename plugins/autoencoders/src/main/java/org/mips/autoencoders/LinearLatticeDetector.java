package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * The linear lattice finder of reference section 5.2a. For a linear update
 * {@code h_t = h_{t-1} W_h + x_t W_x + c}, {@code h_t} is a sum of {@code x_{t-k} W_x W_h^k} and
 * {@code c W_h^k}, so integer inputs put the states on the lattice these vectors span. The finder fits
 * the update over all rows, takes {@code W_x[c] W_h^k} for every input column c and k = 0..9 (the
 * reference used only column 0) as candidates, picks as many independent ones as the states' rank,
 * reduces them with {@code normalize_basis} and anchors the lattice. Four candidate bases are tried
 * (longest or shortest first, with or without the intercept's {@code c W_h^k}), each reduced and as
 * chosen (reduction finds short vectors, but the update's own directions may give the states smaller
 * coordinates); the one with the smallest description length among those the states fit wins.
 */
@Extension
public final class LinearLatticeDetector implements RepresentationDetector {

    /** Powers of the transition applied to each input direction, as in the reference. */
    static final int POWERS = 10;
    /**
     * The finder rests on a linear update (reference 5.2a's rationale): when the best linear fit leaves
     * more than this fraction of {@code h_t}'s spread unexplained, {@code W_x W_h^k} are not lattice
     * directions and any lattice they gave would fit the states only by chance.
     */
    static final double MAX_UNEXPLAINED = 0.1;

    @Override
    public String id() {
        return "linear-lattice";
    }

    @Override
    public String description() {
        return "Integer lattice spanned by the fitted linear update's input directions W_x W_h^k (reference 5.2a)";
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    private Outcome<Lattice> find(HiddenTrace trace) {
        Outcome<TraceStates> valid = TraceStates.of(trace);
        if (valid instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = valid.toOptional().orElseThrow();
        Subspace subspace = Subspace.of(states.points());
        if (subspace.rank() == 0) {
            return Outcome.none("all hidden states are equal: their spread is below " + Subspace.MIN_SPREAD);
        }
        LinearFit fit = LinearFit.of(states, subspace);
        if (!(fit.unexplained() <= MAX_UNEXPLAINED)) {
            return Outcome.none(String.format(Locale.ROOT, "the update is not linear: the least-squares fit of h_t on"
                    + " (x_t, h_{t-1}) leaves %.1f%% of its spread unexplained (at most %.0f%% allowed)",
                    100 * fit.unexplained(), 100 * MAX_UNEXPLAINED));
        }
        double[] anchor = LatticeFit.smallestCoordinateSum(states.points());
        Outcome<Lattice> best = null;
        for (double[][] basis : candidateBases(fit, subspace)) {
            Outcome<Lattice> outcome = LatticeFit.fit(id(), basis, anchor, states.points(), true);
            if (outcome instanceof Outcome.Found<Lattice> lattice) {
                outcome = Consistency.scored(lattice.value(), states, lattice.value()::withDescriptionLength,
                        "the " + basis.length + "-dimensional lattice");
            }
            best = LatticeFit.better(best, outcome);
        }
        if (best == null) {
            return Outcome.none("the fitted update's input directions W_x W_h^k span fewer than the states' "
                    + subspace.rank() + " dimensions");
        }
        return best;
    }

    /** The distinct bases to try, in hidden coordinates. */
    private static List<double[][]> candidateBases(LinearFit fit, Subspace subspace) {
        List<double[]> inputDirections = new ArrayList<>();
        for (double[] column : fit.input()) {
            inputDirections.addAll(powers(fit, column));
        }
        List<double[]> withIntercept = new ArrayList<>(inputDirections);
        withIntercept.addAll(powers(fit, fit.intercept()));
        List<double[][]> bases = new ArrayList<>();
        for (List<double[]> candidates : List.of(inputDirections, withIntercept)) {
            for (List<double[]> ordered : BasisSelection.orders(candidates)) {
                Optional<double[][]> chosen = BasisSelection.greedy(ordered, subspace.rank(), BasisSelection.WELL_CONDITIONED);
                if (chosen.isPresent()) {
                    double[][] raw = subspace.directions(chosen.get());
                    for (double[][] basis : List.of(BasisReduction.reduce(raw), BasisReduction.oriented(raw))) {
                        if (bases.stream().noneMatch(b -> Arrays.deepEquals(b, basis))) {
                            bases.add(basis);
                        }
                    }
                }
            }
        }
        return bases;
    }

    /** {@code v, v P, ..., v P^9}. */
    private static List<double[]> powers(LinearFit fit, double[] v) {
        List<double[]> out = new ArrayList<>(POWERS);
        double[] current = v;
        for (int k = 0; k < POWERS; k++) {
            out.add(current);
            current = fit.step(current);
        }
        return out;
    }
}
