package org.mips.spi.represent;

/**
 * A network's readout {@code y = g(h)} as the task's outputs: a real number per scalar column, the value
 * of the largest logit per categorical one. Pure, and safe to call from several threads.
 */
@FunctionalInterface
public interface Readout {

    /** The real-valued outputs for hidden vector {@code h}; {@code h} is not modified. */
    double[] apply(double[] h);
}
