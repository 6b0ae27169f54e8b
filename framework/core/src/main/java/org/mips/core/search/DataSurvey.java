package org.mips.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.mips.core.encode.EncodingChoice;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encodings;
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
 * </ul>
 *
 * <p>The paper's scalar track always comes first, the others a rung behind it, one-hot inputs with
 * scalar outputs before categorical outputs. Measured on the benchmark: putting the symbolic tracks
 * first found networks for more tasks but lost tasks the scalar track solves today. Base_5_Addition's
 * scalar 2,2,4,1,0 came too late, and Base_3_Addition's categorical network, perfect, kept hidden states
 * that drift within each mode (the argmax does not care), where no detector found a machine; with
 * scalar outputs the same one-hot network's states lie on a lattice. So the scalar track trains what it
 * trained alone, in the same order, and the symbolic tracks catch the tasks it cannot do.</p>
 */
public final class DataSurvey {

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
     * @param tracks       the tracks, in the order the ladder tries them at each rung
     * @param pointed      candidates tried before the climb
     * @param refusals     encodings that could not take a column, and why
     */
    public record Findings(List<Integer> inputValues, List<Integer> outputValues, Integer linearWindow,
            List<String> tracks, List<String> pointed, List<String> refusals) {
        public Findings {
            inputValues = List.copyOf(inputValues);
            outputValues = List.copyOf(outputValues);
            tracks = List.copyOf(tracks);
            pointed = List.copyOf(pointed);
            refusals = List.copyOf(refusals);
        }
    }

    /**
     * The survey's advice.
     *
     * @param tracks  in order; the first is where a rung starts
     * @param pointed candidates to try before the climb
     * @param paper   the track of the paper's plan: scalar, or the encodings a user named
     */
    public record Plan(List<Track> tracks, List<Candidate> pointed, Track paper, Findings findings) {
        public Plan {
            tracks = List.copyOf(tracks);
            pointed = List.copyOf(pointed);
            Objects.requireNonNull(paper, "paper");
        }

        /** The paper's setup alone: scalar columns, nothing pointed. */
        public static Plan scalar(int inputs, int outputs) {
            Track scalar = Track.scalar(inputs, outputs);
            return new Plan(List.of(scalar), List.of(), scalar,
                    new Findings(List.of(), List.of(), null, List.of(scalar.id()), List.of(), List.of()));
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
        if (window != null && tracks.contains(scalar)) {
            pointed.add(new Candidate(scalar, Architecture.linear(window)));
            ladder.hiddenSizes().stream().filter(n -> n > window).findFirst()
                    .ifPresent(n -> pointed.add(new Candidate(scalar, Architecture.linear(n))));
        }
        Findings findings = new Findings(inputs.stream().map(ColumnValues::size).toList(),
                outputs.stream().map(ColumnValues::size).toList(), window, tracks.stream().map(Track::id).toList(),
                pointed.stream().map(Candidate::toText).toList(), refusals);
        return new Plan(tracks, pointed, named != null ? tracks.get(0) : scalar, findings);
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
