package org.mips.core.search;

import java.util.List;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;

/**
 * The default search: climbs a ladder of small hidden sizes, trying the cheap nonlinear families at
 * every size, and then narrows the first success down in the paper's order.
 *
 * <p><b>Climb.</b> For each hidden size {@code n} of the {@link Ladder} (1, 2, 3, 4, 6, 8, 12, ...),
 * it tries four families, written {@code (Lo, Lh)}: linear (1,1); nonlinear transition (1,2) of
 * width {@code w(n)}; nonlinear readout (2,1) of width {@code w(n)}; both (2,2). The first perfect
 * candidate ends the climb. Why this ladder:
 * <ul>
 *   <li><i>Interleaving.</i> The paper's order tries every linear network up to n = 128 before any
 *       nonlinear one; a task that needs a nonlinearity (a carry, a sum modulo k) then spends the
 *       whole budget on networks that cannot solve it. Here the first nonlinear candidate is the
 *       second trial, and a rung costs about four small trials.</li>
 *   <li><i>Families in the paper's order within a rung.</i> (1,1) &lt; (1,2) &lt; (2,1) &lt; (2,2) is
 *       the paper's order of depths, so when a rung's family F succeeds, the earlier families have
 *       just failed at the same size and width (with their first seed). Capacity grows with size and width, so they are ruled
 *       out for every smaller size and width too, and the narrowing need only search within F.</li>
 *   <li><i>Sizes growing by at most 1.5x.</i> Trials at small n are the cheapest and the steps there
 *       matter most; the bounded ratio keeps the overshoot the narrowing must undo to a few probes.</li>
 *   <li><i>Widths {@code w(n) = max(8, 4n)}.</i> Wide enough that a shortage of ReLUs is rarely why a
 *       rung fails (the narrowing removes the excess afterwards), narrow enough that a nonlinear trial
 *       costs a small multiple of a linear one.</li>
 *   <li><i>One seed per candidate on the way up</i> ({@link Ladder#climbSeeds}). On the benchmark's
 *       binary tasks a network too small for the task often fails at 0.99 accuracy or more, so
 *       "came close" says little, and retrying it costs a full training each time. The next rung is
 *       the better retry: more capacity, and the narrowing then re-checks the smaller sizes with
 *       every seed the {@link SeedPolicy} grants.</li>
 *   <li><i>No depth 3.</i> A depth-2 MLP of enough width already computes any function of the
 *       finitely many states a trained network visits, and the paper's order puts (1,3) after every
 *       (1,2) anyway.</li>
 * </ul>
 *
 * <p><b>Narrowing.</b> With F the successful family, {@code n_k} its size and {@code W = w(n_k)}, it
 * minimises the remaining digits of the paper's order one after the other, each by the paper's
 * {@link Bisection} and with all seeds: the hidden size over F at widths W in {@code (0, n_k]}, then
 * the readout width in {@code (0, W]} (if Lo = 2), then the transition width (if Lh = 2). A probe the
 * climb has already tried and that failed far from perfect costs nothing. If success is monotone in
 * size and width, the result is the smallest perfect architecture, in the paper's order, among
 * families up to (2,2) with {@code n <= n_k} and widths up to W. Earlier families with more than
 * {@code n_k} hidden units also precede it in the paper's order (a linear network of any size precedes
 * every nonlinear one); searching them is what starves nonlinear tasks, so this plan leaves them to
 * {@link PaperPlan}.
 *
 * <p><b>Tracks.</b> The ladder is climbed on each {@link Track} (the encodings of the task's columns),
 * the first track {@value #LEAD} rungs ahead of the others: rung {@code r} of the first track comes in
 * place {@code r}, rung {@code r} of every other track in place {@code r + LEAD}, after the first
 * track's, in the tracks' order. The first track (the paper's scalar one, see {@link DataSurvey}) thus
 * trains the same candidates in the same order as alone, its first four rungs (n up to 4) with nothing
 * in between, and the others still climb. Interleaving the tracks rung for rung halved the first
 * track's time; a lead of one rung cost Base_4_Addition its scalar 3-unit rung, and a lead of two
 * cost Base_6_Addition its scalar 4-unit rung within two minutes (its 4,2,16,1,0 is perfect at
 * 16,400 steps, 21 s on one core, but came after eight one-hot trials of about 50 s together). The narrowing
 * stays on the track of the first success, so sizes compare like with like.
 *
 * <p><b>Pointed candidates.</b> Candidates the data points to (a linear network as wide as the window
 * the outputs depend on, say) are tried before the first rung; a success among them is narrowed like a
 * rung's. They cost a trial each when the data misleads, and save the climb through every smaller rung
 * when it does not.
 */
public final class LadderPlan implements SearchPlan {

    /** A pair of depths, {@code (Lo, Lh)}. */
    record Family(int readoutDepth, int transitionDepth) {
        Architecture at(int n, int readoutWidth, int transitionWidth) {
            return new Architecture(n, transitionDepth, transitionWidth, readoutDepth, readoutWidth, Activation.RELU);
        }

        static Family of(Architecture architecture) {
            return new Family(architecture.readoutDepth(), architecture.transitionDepth());
        }
    }

    /** Rungs the first track climbs ahead of the others. */
    static final int LEAD = 3;

    private static final List<Family> FAMILIES = List.of(
            new Family(1, 1), new Family(1, 2), new Family(2, 1), new Family(2, 2));

    private final Ladder ladder;
    private final List<Integer> sizes;
    private final List<Track> tracks;
    private final List<Candidate> pointed;

    /** The plan on the paper's scalar track alone, with nothing pointed. */
    public LadderPlan(Ladder ladder, int maxHidden, Track scalar) {
        this(ladder, maxHidden, List.of(scalar), List.of());
    }

    /**
     * @param maxHidden the largest hidden size to try
     * @param tracks    the encodings to climb with, in order
     * @param pointed   candidates to try before the climb, in order; each has one family's widths at its size
     */
    public LadderPlan(Ladder ladder, int maxHidden, List<Track> tracks, List<Candidate> pointed) {
        this.ladder = ladder;
        this.sizes = ladder.sizesUpTo(maxHidden);
        this.tracks = List.copyOf(tracks);
        this.pointed = pointed.stream().filter(c -> c.architecture().hiddenDim() <= maxHidden).toList();
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("no ladder hidden size is at most " + maxHidden);
        }
        if (this.tracks.isEmpty()) {
            throw new IllegalArgumentException("the ladder needs at least one track");
        }
    }

    @Override
    public String id() {
        return "ladder";
    }

    @Override
    public Step next(Verdicts verdicts) {
        for (Candidate candidate : pointed) {
            Verdict verdict = verdicts.of(candidate, ladder.climbSeeds());
            if (verdict == Verdict.PENDING) {
                return new Train(candidate);
            }
            if (verdict == Verdict.PERFECT) {
                Architecture a = candidate.architecture();
                return narrow(candidate.track(), Family.of(a), a.hiddenDim(), Math.max(ladder.minWidth(), Math.max(a.transitionWidth(), a.readoutWidth())), verdicts);
            }
        }
        for (int place = 0; place < sizes.size() + LEAD; place++) {
            for (int k = 0; k < tracks.size(); k++) {
                int rung = place - (k == 0 ? 0 : LEAD);
                if (rung < 0 || rung >= sizes.size()) {
                    continue;
                }
                int n = sizes.get(rung);
                Track track = tracks.get(k);
                for (Family family : FAMILIES) {
                    Candidate candidate = new Candidate(track, family.at(n, ladder.width(n), ladder.width(n)));
                    Verdict verdict = verdicts.of(candidate, ladder.climbSeeds());
                    if (verdict == Verdict.PENDING) {
                        return new Train(candidate);
                    }
                    if (verdict == Verdict.PERFECT) {
                        return narrow(track, family, n, ladder.width(n), verdicts);
                    }
                }
            }
        }
        return Finish.none();
    }

    private Step narrow(Track track, Family family, int size, int width, Verdicts verdicts) {
        Bisection.Result hidden = Bisection.smallestPerfect(0, size, m -> new Candidate(track, family.at((int) m, width, width)), verdicts);
        if (hidden.pending() != null) {
            return new Train(hidden.pending());
        }
        int n = (int) hidden.value();
        int wo = width;
        if (family.readoutDepth() > 1) {
            Bisection.Result readout = Bisection.smallestPerfect(0, width, w -> new Candidate(track, family.at(n, (int) w, width)), verdicts);
            if (readout.pending() != null) {
                return new Train(readout.pending());
            }
            wo = (int) readout.value();
        }
        int readoutWidth = wo;
        int wh = width;
        if (family.transitionDepth() > 1) {
            Bisection.Result transition = Bisection.smallestPerfect(0, width, w -> new Candidate(track, family.at(n, readoutWidth, (int) w)), verdicts);
            if (transition.pending() != null) {
                return new Train(transition.pending());
            }
            wh = (int) transition.value();
        }
        return Finish.of(new Candidate(track, family.at(n, wo, wh)));
    }
}
