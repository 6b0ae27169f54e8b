package org.mips.spi.represent;

/**
 * The network's hidden states on sampled sequences, for every time step (the paper used only the last
 * step of each sequence). Row {@code r} is one transition {@code (h_{t-1}, x_t) -> h_t -> y_t}; arrays
 * are row-major and owned by the trace.
 *
 * @param rows       number of transitions
 * @param hiddenDim  length of each hidden vector
 * @param inputDim   length of each input vector
 * @param outputDim  length of each output vector
 * @param previous   {@code h_{t-1}}, {@code rows x hiddenDim}
 * @param inputs     {@code x_t}, {@code rows x inputDim}
 * @param next       {@code h_t}, {@code rows x hiddenDim}
 * @param outputs    the network's real-valued {@code y_t}, {@code rows x outputDim}
 * @param steps      the time step {@code t} of each row, so the trace knows which rows start a sequence
 */
public record HiddenTrace(int rows, int hiddenDim, int inputDim, int outputDim, double[] previous,
        long[] inputs, double[] next, double[] outputs, int[] steps) {

    public HiddenTrace {
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
}
