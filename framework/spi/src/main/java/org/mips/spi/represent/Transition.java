package org.mips.spi.represent;

/**
 * A network's transition {@code h_t = f(h_{t-1}, x_t)} over the task's input integers (whatever encoding
 * the network reads them in), so that a detector can run the network from any hidden state rather than
 * only read the states a trace recorded. Pure, and safe to call from several threads.
 */
@FunctionalInterface
public interface Transition {

    /** The next hidden state from {@code h} on input {@code x}; neither argument is modified. */
    double[] apply(double[] h, long[] x);
}
