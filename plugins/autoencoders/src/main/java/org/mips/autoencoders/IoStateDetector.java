package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * A state that is what the network has just read and written. Many small networks keep exactly the
 * current input and output: {@code |x_t - x_{t-1}|} needs {@code x_t} for the next step and the output
 * for this one. Their states then lie on a lattice whose coordinates are known integers rather than
 * ones to discover, even when the update is nonlinear (so the linear finder's directions are wrong) and
 * the states are too many and too close for the GCD finder or clustering.
 *
 * <p>Each current input and output column whose values an affine map of {@code h_t} gives back exactly
 * (within {@link #MAX_DECODE_ERROR}) on every traced step is a candidate variable; an output column that
 * no affine map gives back is read through the network's own readout when the trace carries it. Every
 * subset of candidates, smallest first, is kept when the states are an affine function of it (at most
 * {@link #MAX_UNEXPLAINED} of their spread left over) and it makes the trace a deterministic machine;
 * the subset with the smallest description length wins.
 *
 * <p>When no subset passes, the outputs the network's own readout gives back are tried once more without
 * the spread condition: the state is then what the network does, read through its readout, not where its
 * hidden vectors lie. A network with a categorical readout often keeps its hidden states drifting within
 * each mode (the argmax does not care), so no affine map explains them, yet its last output may be all
 * the state there is (a sum modulo k). The initial state, from which the network never outputs, reads as
 * 0 ("0 before the start"); a task for which that is wrong gives a machine that is not deterministic. The machine must still be deterministic on every traced step, and
 * replay beside the network on held-out data checks it as for any representation.
 */
@Extension
public final class IoStateDetector implements RepresentationDetector {

    /**
     * An affine decoder must come this close to every traced value, so that states the trace did not
     * visit, a little further from the fit, still round to the right integer.
     */
    static final double MAX_DECODE_ERROR = 0.35;
    /** As for the linear finder: the variables must account for the states, not just be readable from them. */
    static final double MAX_UNEXPLAINED = 0.1;
    /** More candidate columns than this would make the subsets too many to try; wider tasks keep the first. */
    static final int MAX_SIGNALS = 8;

    @Override
    public String id() {
        return "io-state";
    }

    @Override
    public String description() {
        return "The current inputs and outputs as the state's variables, read back by affine maps or the readout";
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    private Outcome<IoState> find(HiddenTrace trace) {
        Outcome<TraceStates> valid = TraceStates.of(trace);
        if (valid instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = valid.toOptional().orElseThrow();
        double[][] current = currentStates(states);
        List<String> unusable = new ArrayList<>();
        List<Signal> signals = candidates(trace, states, current, unusable);
        if (signals.isEmpty()) {
            return Outcome.none("no current input or output can be read back from the hidden state: " + String.join("; ", unusable));
        }
        double total = spread(current);
        Outcome<IoState> best = null;
        Outcome<IoState> widest = null;
        for (List<Signal> subset : subsets(signals)) {
            Outcome<IoState> outcome = tryState(subset, states, current, total);
            widest = outcome;
            if (outcome instanceof Outcome.Found<IoState> found && (best == null
                    || found.value().descriptionLength() < ((Outcome.Found<IoState>) best).value().descriptionLength())) {
                best = found;
            }
        }
        if (best == null && trace.readout().isPresent()) {
            List<Signal> behavioural = new ArrayList<>();
            for (Signal s : signals) {
                if (s.output()) {
                    behavioural.add(new Signal(s.name(), true, s.index(), null, 0, trace.readout().get(), true));
                }
            }
            for (List<Signal> subset : subsets(behavioural)) {
                String what = "the state " + subset.stream().map(Signal::name).toList() + " read through the network's readout";
                IoState candidate = state(subset, states, current);
                Outcome<IoState> outcome = Consistency.scored(candidate, states, candidate::withDescriptionLength, what);
                if (outcome instanceof Outcome.None<IoState> none && widest instanceof Outcome.None<IoState> before) {
                    widest = Outcome.none(before.reason() + "; " + none.reason());
                }
                if (outcome instanceof Outcome.Found<IoState> found && (best == null
                        || found.value().descriptionLength() < ((Outcome.Found<IoState>) best).value().descriptionLength())) {
                    best = found;
                }
            }
        }
        return best != null ? best : widest;
    }

    /** The io-state of {@code subset}: its codes on every traced row, and the affine map from codes back to states. */
    private IoState state(List<Signal> subset, TraceStates states, double[][] current) {
        return new IoState(id(), subset, AffineFit.of(codes(subset, states, current.length), current), Double.NaN);
    }

    private static long[][] codes(List<Signal> subset, TraceStates states, int rows) {
        long[][] codes = new long[rows][];
        for (int r = 0; r < rows; r++) {
            codes[r] = new long[subset.size()];
            for (int i = 0; i < subset.size(); i++) {
                Signal s = subset.get(i);
                codes[r][i] = s.output() ? states.roundedOutput(r)[s.index()] : states.input(r)[s.index()];
            }
        }
        return codes;
    }

    private Outcome<IoState> tryState(List<Signal> subset, TraceStates states, double[][] current, double total) {
        String what = "the state " + subset.stream().map(Signal::name).toList();
        long[][] codes = codes(subset, states, current.length);
        IoState candidate = new IoState(id(), subset, AffineFit.of(codes, current), Double.NaN);
        double unexplained = total == 0 ? 0 : residual(candidate, codes, current) / total;
        if (!(unexplained <= MAX_UNEXPLAINED)) {
            return Outcome.none(String.format(Locale.ROOT, "%s leaves %.1f%% of the hidden states' spread unexplained"
                    + " (at most %.0f%% allowed)", what, 100 * unexplained, 100 * MAX_UNEXPLAINED));
        }
        return Consistency.scored(candidate, states, candidate::withDescriptionLength, what);
    }

    /** Each input and output column that the hidden state gives back on every traced step. */
    private static List<Signal> candidates(HiddenTrace trace, TraceStates states, double[][] current, List<String> unusable) {
        List<Signal> out = new ArrayList<>();
        for (boolean output : new boolean[] {false, true}) {
            int columns = output ? trace.outputDim() : trace.inputDim();
            for (int c = 0; c < columns && out.size() < MAX_SIGNALS; c++) {
                String name = (output ? "last_y" : "last_x") + c;
                double[] values = new double[current.length];
                for (int r = 0; r < current.length; r++) {
                    values[r] = output ? states.roundedOutput(r)[c] : states.input(r)[c];
                }
                if (isConstant(values)) {
                    unusable.add(name + " is constant");
                    continue;
                }
                AffineDecoder decoder = AffineDecoder.fit(current, values);
                if (decoder.maxError() <= MAX_DECODE_ERROR) {
                    out.add(new Signal(name, output, c, decoder.weights(), decoder.bias(), null));
                } else if (output && trace.readout().isPresent()) {
                    out.add(new Signal(name, true, c, null, 0, trace.readout().get()));
                } else {
                    unusable.add(String.format(Locale.ROOT, "the best affine map misses %s by up to %.2f", name, decoder.maxError()));
                }
            }
        }
        return out;
    }

    /** Non-empty subsets, by size then in column order. */
    static List<List<Signal>> subsets(List<Signal> signals) {
        int n = signals.size();
        List<List<Signal>> out = new ArrayList<>();
        for (int size = 1; size <= n; size++) {
            for (int mask = 1; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) == size) {
                    List<Signal> subset = new ArrayList<>(size);
                    for (int i = 0; i < n; i++) {
                        if ((mask & 1 << i) != 0) {
                            subset.add(signals.get(i));
                        }
                    }
                    out.add(subset);
                }
            }
        }
        return out;
    }

    private static double[][] currentStates(TraceStates states) {
        double[][] current = new double[states.rows()][];
        for (int r = 0; r < current.length; r++) {
            current[r] = states.next(r);
        }
        return current;
    }

    private static boolean isConstant(double[] values) {
        for (double v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** The total squared distance of the points from their mean. */
    private static double spread(double[][] points) {
        double[] mean = new double[points[0].length];
        for (double[] p : points) {
            Vectors.addScaled(mean, 1.0 / points.length, p);
        }
        double sum = 0;
        for (double[] p : points) {
            sum += Vectors.distanceSquared(p, mean);
        }
        return sum;
    }

    private static double residual(IoState state, long[][] codes, double[][] points) {
        double sum = 0;
        for (int r = 0; r < points.length; r++) {
            sum += Vectors.distanceSquared(state.decode(codes[r]), points[r]);
        }
        return sum;
    }
}
