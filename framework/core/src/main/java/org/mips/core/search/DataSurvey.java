package org.mips.core.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.mips.core.encode.EncodingChoice;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;

/**
 * Cheap measurements of a task's data that order a search's candidates before it trains anything.
 *
 * <ul>
 *   <li><b>Linear window.</b> The smallest {@code L} such that every output is exactly an affine
 *       function of the last {@code L} inputs (zeros before the start), found by least squares on a
 *       sample. A linear recurrence of {@code n = L} computes such a function (a delay line), so the
 *       search tries linear networks of that size first. Sum_Last5 at length 20 needs n = 5: the ladder
 *       would reach it only after every smaller rung had trained to no avail.</li>
 *   <li><b>Alphabets.</b> Input columns with at least three values add a track with one-hot inputs, and
 *       output columns with at least three values one with categorical outputs too, where those
 *       encodings take them: a digit that acts as a symbol (is it even? which is most frequent? what
 *       is the sum modulo 5?) is a linear function of a one-hot input and a sawtooth of a raw one.</li>
 *   <li><b>Order-free outputs</b> ({@link OrderFree}): outputs that depend only on how often each input
 *       symbol has occurred. With one-hot inputs every symbol then moves the state by its own vector,
 *       so linear networks with a counter per symbol are pointed to: with scalar outputs when least
 *       squares shows the outputs affine in the counts (then the candidate is exact, like the window's),
 *       with categorical outputs when the outputs are not {@link OutputRecurrence recurrent}, so that
 *       the counts are the state: Majority_0_3's one-hot, categorical 3,1,0,1,0 is perfect in 6,100
 *       steps, where the ladder's nonlinear networks all failed within the budget. Where the last
 *       output is the state (a running minimum), counters would be a perfect network no detector can
 *       read (Min_Seen's 9,1,0,1,0 was), so none is pointed to.</li>
 *   <li><b>Prefix behaviours</b> ({@link PrefixBehaviours}): where the data holds every short input
 *       word, how many states a machine reproducing the data needs, and whether a window of inputs
 *       explains the outputs. A closed machine of at least {@value #MIN_MACHINE_STATES} states that no
 *       window explains and whose last output is not the state is a finite state hidden from the outputs
 *       (the remainder of a long division); it gets a network with a one-hot unit per behaviour and
 *       {@value #MACHINE_WIDTH_FACTOR} transition units per pair of behaviour and input step, one-hot
 *       in, categorical out. Div_5's 10,2,40,1,0 is perfect for seeds 0 to 2 at 2,800 to 5,700 steps;
 *       with one unit per pair (10,2,20,1,0) only seed 1 was, and the ladder's best had ended at
 *       0.99989.</li>
 * </ul>
 *
 * <p><b>Track order.</b> The paper's scalar track comes first, the others {@link LadderPlan#LEAD} rungs
 * behind, one-hot inputs with scalar outputs before categorical outputs. Measured on the benchmark:
 * putting the symbolic tracks first found networks for more tasks but lost tasks the scalar track
 * solves today. Base_5_Addition's scalar 2,2,4,1,0 came too late, and Base_3_Addition's categorical
 * network, perfect, kept hidden states that drift within each mode (the argmax does not care), where no
 * detector found a machine; with scalar outputs the same one-hot network's states lie on a lattice.
 * Tasks whose inputs permute their outputs ({@link OutputRecurrence}) are the exception: their symbolic
 * tracks lead, categorical outputs first, and the scalar track trails. A sum modulo k is a rotation
 * of k states, which one-hot, categorical networks learn (Add_Mod_6's 3,2,12,1,0, proven) while the
 * scalar ladder spends the budget on networks near chance. For such tasks the survey also points at a
 * network that holds the output as a one-hot state: k hidden units, and a transition unit for every
 * pair of an output value and an input symbol (k, 2, k·|inputs|, 1, 0), which can compute any
 * permutation per symbol. Add_Mod_5 to Add_Mod_8 train it perfect in 1,000 to 3,000 steps, where the
 * ladder's networks were still short of perfect when the budget ended.</p>
 */
public final class DataSurvey {

    /** Widest transition pointed to for a network with one-hot states (permuted outputs, hidden state machines). */
    static final int MAX_ONE_HOT_STATE_WIDTH = 256;
    /**
     * Fewest prefix behaviours for which a state-machine network is pointed to. Smaller machines are what
     * the ladder's first rungs (n up to 4) hold within seconds: Binary_Addition's four behaviours are
     * proven with the scalar 2,2,8,1,0 found at the fifth trial.
     */
    static final int MIN_MACHINE_STATES = 5;
    /** Transition units per pair of a behaviour and an input step in a state-machine network. */
    static final int MACHINE_WIDTH_FACTOR = 2;
    /** Longest window measured; beyond it the ladder's own climb is as quick. */
    static final int MAX_WINDOW = 16;
    /** Sequences of the training split the window is fitted on. */
    private static final int SAMPLE = 2000;

    /**
     * What the survey found, as {@code search.json} records it.
     *
     * @param inputValues  distinct values per input column
     * @param outputValues distinct values per output column
     * @param linearWindow the linear window, or null when the outputs are not affine in any window up to
     *                     {@value #MAX_WINDOW} (or half the sequence length)
     * @param orderFree    whether the outputs depend only on how often each input step occurred
     *                     ({@link OrderFree}), or null when not measured (no symbolic inputs)
     * @param affineInCounts whether the outputs are moreover affine in those counts, or null when not measured
     * @param outputRecurrent whether the last output and the input determine the next output ({@link OutputRecurrence}),
     *                     or null when not measured (no symbolic inputs)
     * @param outputsPermuted whether moreover every input permutes the outputs, or null when not measured
     * @param prefixStates the distinct behaviours of the prefixes ({@link PrefixBehaviours}), or null when not measured
     * @param prefixStatesClosed whether that count is closed: the longest prefixes measured show no new behaviour
     * @param stepWindow   the fewest last input steps that determine every output, where the prefixes were
     *                     measured, or null when none up to the depth measured does (or nothing was measured)
     * @param tracks       the tracks, in the order the ladder tries them at each rung
     * @param pointed      candidates tried before the climb
     * @param refusals     encodings that could not take a column, and why
     */
    public record Findings(List<Integer> inputValues, List<Integer> outputValues, Integer linearWindow,
            Boolean orderFree, Boolean affineInCounts, Boolean outputRecurrent, Boolean outputsPermuted,
            Integer prefixStates, Boolean prefixStatesClosed, Integer stepWindow, List<String> tracks, List<String> pointed, List<String> refusals) {
        public Findings {
            inputValues = List.copyOf(inputValues);
            outputValues = List.copyOf(outputValues);
            tracks = List.copyOf(tracks);
            pointed = List.copyOf(pointed);
            refusals = List.copyOf(refusals);
        }

        /** What was found and what it put first, in one line, e.g. {@code tracks scalar; outputs linear in the last 5 inputs; first 5,1,0,1,0}. */
        public String summary() {
            StringBuilder text = new StringBuilder("tracks ").append(String.join(", ", tracks));
            if (linearWindow != null) {
                text.append("; outputs linear in the last ").append(linearWindow).append(" inputs");
            }
            if (Boolean.TRUE.equals(orderFree)) {
                text.append("; outputs depend only on how often each input occurred")
                        .append(Boolean.TRUE.equals(affineInCounts) ? ", affinely" : "");
            }
            if (Boolean.TRUE.equals(outputsPermuted)) {
                text.append("; every input permutes the outputs");
            }
            if (prefixStates != null) {
                text.append("; prefixes show ").append(prefixStates).append(Boolean.TRUE.equals(prefixStatesClosed) ? "" : " or more")
                        .append(" behaviours");
            }
            if (stepWindow != null && linearWindow == null) {
                text.append("; outputs determined by the last ").append(stepWindow).append(stepWindow == 1 ? " input" : " inputs");
            }
            if (!pointed.isEmpty()) {
                text.append("; first ").append(String.join(", ", pointed));
            }
            return text.toString();
        }
    }

    /**
     * The survey's advice.
     *
     * @param tracks  in order; the first is where a rung starts
     * @param pointed candidates to try before the climb
     * @param exact   those of the pointed candidates that the data shows can compute the outputs exactly
     *                (a least-squares fit with no residual); they are trained with more patience
     * @param paper   the track of the paper's plan: scalar, or the encodings a user named
     */
    public record Plan(List<Track> tracks, List<Candidate> pointed, Set<Candidate> exact, Track paper, Findings findings) {
        public Plan {
            tracks = List.copyOf(tracks);
            pointed = List.copyOf(pointed);
            exact = Set.copyOf(exact);
            Objects.requireNonNull(paper, "paper");
        }

        /** A plan none of whose pointed candidates is known to be exact. */
        public Plan(List<Track> tracks, List<Candidate> pointed, Track paper, Findings findings) {
            this(tracks, pointed, Set.of(), paper, findings);
        }

        /** The paper's setup alone: scalar columns, nothing pointed. */
        public static Plan scalar(int inputs, int outputs) {
            Track scalar = Track.scalar(inputs, outputs);
            return new Plan(List.of(scalar), List.of(), scalar,
                    new Findings(List.of(), List.of(), null, null, null, null, null, null, null, null, List.of(scalar.id()), List.of(), List.of()));
        }
    }

    private DataSurvey() {
    }

    /**
     * Surveys the data and plans the tracks.
     *
     * @param named the encodings a user named, or null to let the survey choose
     */
    public static Plan plan(Dataset dataset, List<ColumnValues> inputs, List<ColumnValues> outputs, EncodingChoice choice,
            Encodings named, Ladder ladder) {
        int length = dataset.train().x().length();
        Integer window = linearWindow(dataset.train(), Math.min(MAX_WINDOW, length / 2));
        Track scalar = Track.scalar(inputs.size(), outputs.size());
        List<Track> tracks = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        if (named != null) {
            tracks.add(Track.of(named));
        } else {
            EncodingChoice.Fitted symbolic = choice.symbolic(inputs, outputs);
            refusals.addAll(symbolic.refusals());
            tracks.add(scalar);
            Encodings full = symbolic.encodings();
            Track oneHot = Track.of(new Encodings(full.inputs(), scalar.encodings().outputs()));
            for (Track track : List.of(oneHot, Track.of(full))) {
                if (!tracks.contains(track)) {
                    tracks.add(track);
                }
            }
        }
        List<Candidate> pointed = new ArrayList<>();
        Set<Candidate> exact = new HashSet<>();
        if (window != null && tracks.contains(scalar)) {
            pointed.add(new Candidate(scalar, Architecture.linear(window)));
            ladder.hiddenSizes().stream().filter(n -> n > window).findFirst()
                    .ifPresent(n -> pointed.add(new Candidate(scalar, Architecture.linear(n))));
            exact.addAll(pointed);
        }
        List<Track> symbolicTracks = tracks.stream().filter(t -> t.encodings().inputs().stream().anyMatch(c -> c instanceof InputCode.Symbols)).toList();
        Boolean orderFree = symbolicTracks.isEmpty() ? null : OrderFree.holds(dataset.train());
        OutputRecurrence.Found recurrence = symbolicTracks.isEmpty() ? null : OutputRecurrence.of(dataset.train());
        Boolean affineInCounts = null;
        if (Boolean.TRUE.equals(orderFree)) {
            affineInCounts = affineInCounts(dataset.train(), inputs);
            // A counter per symbol (one fewer: the step count is the bias's): each step adds its symbol's vector.
            Architecture counters = Architecture.linear(Math.max(1, inputs.stream().mapToInt(ColumnValues::size).sum() - 1));
            for (Track track : symbolicTracks) {
                boolean scalarOutputs = track.encodings().outputs().stream().allMatch(OutputCode.Scalar.class::isInstance);
                if (scalarOutputs ? !affineInCounts : recurrence.recurrent()) {
                    continue; // see the class comment
                }
                Candidate candidate = new Candidate(track, counters);
                pointed.add(candidate);
                if (scalarOutputs) {
                    exact.add(candidate);
                }
            }
        }
        PrefixBehaviours.Found behaviours = named == null ? PrefixBehaviours.of(dataset.train()) : null;
        if (hiddenMachine(behaviours) && !(recurrence != null ? recurrence : OutputRecurrence.of(dataset.train())).recurrent()) {
            // A unit per behaviour and transition units per (behaviour, input step) pair: see the class comment.
            int width = MACHINE_WIDTH_FACTOR * behaviours.states() * behaviours.symbols();
            Optional<Encodings> symbols = choice.allSymbols(inputs, outputs);
            if (width <= MAX_ONE_HOT_STATE_WIDTH && symbols.isPresent()) {
                pointed.add(new Candidate(Track.of(symbols.get()), new Architecture(behaviours.states(), 2, width, 1, 0, Activation.RELU)));
            }
        }
        if (recurrence != null && recurrence.permuting() && named == null) {
            // The symbolic tracks lead, categorical outputs first: see the class comment.
            Collections.reverse(tracks);
            int width = recurrence.outputs() * recurrence.inputs();
            if (width <= MAX_ONE_HOT_STATE_WIDTH) {
                // A unit per output value, and a transition unit per (value, input) pair: see the class comment.
                pointed.add(new Candidate(tracks.get(0), new Architecture(recurrence.outputs(), 2, width, 1, 0, Activation.RELU)));
            }
        }
        Findings findings = new Findings(inputs.stream().map(ColumnValues::size).toList(),
                outputs.stream().map(ColumnValues::size).toList(), window, orderFree, affineInCounts,
                recurrence == null ? null : recurrence.recurrent(), recurrence == null ? null : recurrence.permuting(),
                behaviours == null ? null : behaviours.states(), behaviours == null ? null : behaviours.closed(),
                behaviours == null ? null : behaviours.window(),
                tracks.stream().map(Track::id).toList(), pointed.stream().map(Candidate::toText).toList(), refusals);
        return new Plan(tracks, pointed, exact, named != null ? tracks.get(0) : scalar, findings);
    }

    /**
     * Whether the prefixes show a closed machine of at least {@value #MIN_MACHINE_STATES} states whose
     * outputs no short window of inputs explains: a finite state hidden from the outputs, which the
     * ladder's small networks rarely hold exactly.
     */
    private static boolean hiddenMachine(PrefixBehaviours.Found behaviours) {
        return behaviours != null && behaviours.closed() && behaviours.window() == null && behaviours.states() >= MIN_MACHINE_STATES;
    }

    /**
     * Whether every output is an affine function of the counts of each input column's values so far, on
     * a sample of {@code split}: a linear network over one-hot inputs then computes it.
     */
    static boolean affineInCounts(Split split, List<ColumnValues> inputs) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        int k = split.y().dimension();
        int[] offsets = new int[inputs.size() + 1];
        for (int i = 0; i < inputs.size(); i++) {
            offsets[i + 1] = offsets[i] + inputs.get(i).size();
        }
        int cols = offsets[inputs.size()] + 1;
        int rows = count * length;
        if (rows < 4 * cols) {
            return false;
        }
        DMatrixRMaj a = new DMatrixRMaj(rows, cols);
        DMatrixRMaj b = new DMatrixRMaj(rows, k);
        int row = 0;
        for (int n = 0; n < count; n++) {
            double[] counts = new double[cols];
            counts[cols - 1] = 1;
            for (int t = 0; t < length; t++, row++) {
                for (int i = 0; i < inputs.size(); i++) {
                    int symbol = Collections.binarySearch(inputs.get(i).values(), split.x().get(n, t, i));
                    if (symbol < 0) {
                        return false;
                    }
                    counts[offsets[i] + symbol]++;
                }
                for (int j = 0; j < cols; j++) {
                    a.set(row, j, counts[j]);
                }
                for (int o = 0; o < k; o++) {
                    b.set(row, o, split.y().get(n, t, o));
                }
            }
        }
        return exact(a, b);
    }

    /**
     * The smallest window {@code L <= maxWindow} in which every output is an affine function of the last
     * {@code L} inputs on a sample of {@code split}, or null if there is none.
     */
    static Integer linearWindow(Split split, int maxWindow) {
        int count = Math.min(SAMPLE, split.count());
        int length = split.x().length();
        int d = split.x().dimension();
        int k = split.y().dimension();
        int rows = count * length;
        for (int window = 1; window <= maxWindow; window++) {
            int cols = window * d + 1;
            if (rows < 4 * cols) {
                return null;
            }
            DMatrixRMaj a = new DMatrixRMaj(rows, cols);
            DMatrixRMaj b = new DMatrixRMaj(rows, k);
            int row = 0;
            for (int n = 0; n < count; n++) {
                for (int t = 0; t < length; t++, row++) {
                    for (int j = 0; j < window; j++) {
                        for (int i = 0; i < d; i++) {
                            a.set(row, j * d + i, t - j >= 0 ? split.x().get(n, t - j, i) : 0);
                        }
                    }
                    a.set(row, cols - 1, 1);
                    for (int o = 0; o < k; o++) {
                        b.set(row, o, split.y().get(n, t, o));
                    }
                }
            }
            if (exact(a, b)) {
                return window;
            }
        }
        return null;
    }

    /** Whether {@code a x = b} has an exact least-squares solution, up to rounding. */
    private static boolean exact(DMatrixRMaj a, DMatrixRMaj b) {
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquaresQrPivot(true, false);
        DMatrixRMaj copy = a.copy();
        if (!solver.setA(copy)) {
            return false;
        }
        DMatrixRMaj x = new DMatrixRMaj(a.numCols, b.numCols);
        solver.solve(b.copy(), x);
        double scale = 1;
        for (int r = 0; r < b.numRows; r++) {
            for (int c = 0; c < b.numCols; c++) {
                scale = Math.max(scale, Math.abs(b.get(r, c)));
            }
        }
        for (int r = 0; r < a.numRows; r++) {
            for (int c = 0; c < b.numCols; c++) {
                double sum = 0;
                for (int j = 0; j < a.numCols; j++) {
                    sum += a.get(r, j) * x.get(j, c);
                }
                if (!Double.isFinite(sum) || Math.abs(sum - b.get(r, c)) > 1e-6 * scale) {
                    return false;
                }
            }
        }
        return true;
    }
}
