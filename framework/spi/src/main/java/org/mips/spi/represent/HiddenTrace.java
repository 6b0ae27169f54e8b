package org.mips.spi.represent;

import java.util.Objects;
import java.util.Optional;

/**
 * The network's hidden states on sampled sequences, for every time step (the paper used only the last
 * step of each sequence). Row {@code r} is one transition {@code (h_{t-1}, x_t) -> h_t -> y_t}; arrays
 * are row-major and owned by the trace.
 *
 * @param rows       number of transitions
 * @param hiddenDim  length of each hidden vector
 * @param inputDim   length of each input vector: the task's input columns (their integers, whatever
 *                   encoding the network reads them in)
 * @param outputDim  length of each output vector
 * @param previous   {@code h_{t-1}}, {@code rows x hiddenDim}
 * @param inputs     {@code x_t}, {@code rows x inputDim}
 * @param next       {@code h_t}, {@code rows x hiddenDim}
 * @param outputs    the task's outputs as the network gives them, {@code rows x outputDim}: a real number
 *                   for a scalar column (round it half to even), the value of the largest logit for a
 *                   categorical one
 * @param steps      the time step {@code t} of each row, so the trace knows which rows start a sequence
 * @param readout    the network's readout read as {@code outputs} are ({@link org.mips.spi.network.Network#read}), when the trace comes from a network: a
 *                   representation may decode what the network would write from a hidden state it was
 *                   not traced on
 * @param transition the network's transition ({@link org.mips.spi.network.Network#advance}), when the trace
 *                   comes from a network: with the readout, a detector can run the network from any
 *                   hidden state and read what it does (behavioural extraction)
 */
public record HiddenTrace(int rows, int hiddenDim, int inputDim, int outputDim, double[] previous,
        long[] inputs, double[] next, double[] outputs, int[] steps, Optional<Readout> readout, Optional<Transition> transition) {

    /** A trace without a network to run (synthetic states, or a network's states recorded elsewhere). */
    public HiddenTrace(int rows, int hiddenDim, int inputDim, int outputDim, double[] previous,
            long[] inputs, double[] next, double[] outputs, int[] steps) {
        this(rows, hiddenDim, inputDim, outputDim, previous, inputs, next, outputs, steps, Optional.empty(), Optional.empty());
    }

    public HiddenTrace {
        Objects.requireNonNull(readout, "readout");
        Objects.requireNonNull(transition, "transition");
        check(previous.length, rows * hiddenDim, "previous");
        check(inputs.length, rows * inputDim, "inputs");
        check(next.length, rows * hiddenDim, "next");
        check(outputs.length, rows * outputDim, "outputs");
        check(steps.length, rows, "steps");
    }

    private static void check(int actual, int expected, String name) {
        if (actual != expected) {
            throw new IllegalArgumentException("hidden trace: '" + name + "' has " + actual + " values, expected " + expected);
        }
    }

    /** This trace with the network's readout attached. */
    public HiddenTrace withReadout(Readout g) {
        return new HiddenTrace(rows, hiddenDim, inputDim, outputDim, previous, inputs, next, outputs, steps, Optional.of(g), transition);
    }

    /** This trace with the network's transition attached, so that a detector can run the network. */
    public HiddenTrace withTransition(Transition f) {
        return new HiddenTrace(rows, hiddenDim, inputDim, outputDim, previous, inputs, next, outputs, steps, readout, Optional.of(f));
    }

    /** Whether a detector can run the network: both its readout and its transition are attached. */
    public boolean runnable() {
        return readout.isPresent() && transition.isPresent();
    }
}
