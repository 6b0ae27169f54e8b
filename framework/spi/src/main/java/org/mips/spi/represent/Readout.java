package org.mips.spi.represent;

/** A network's readout {@code y = g(h)}: pure, and safe to call from several threads. */
@FunctionalInterface
public interface Readout {

    /** The real-valued outputs for hidden vector {@code h}; {@code h} is not modified. */
    double[] apply(double[] h);
}
