package org.mips.spi.represent;

import java.util.List;

/**
 * Discrete variables found in a hidden space: a map from hidden vectors to integer vectors (lattice
 * coordinates, bits or a cluster id) and back.
 */
public interface Representation {

    /** Id of the detector that found it. */
    String detector();

    /** Names of the discrete variables, one per coordinate of {@link #encode}. */
    List<String> variables();

    /** The discrete state of hidden vector {@code h}. */
    long[] encode(double[] h);

    /** A hidden vector representing discrete state {@code z}. */
    double[] decode(long[] z);

    /**
     * Description length in bits per coordinate (reference section 5.3): the cost of the integers plus
     * the cost of the reconstruction error. Smaller is better; the host keeps the smallest.
     */
    double descriptionLength();
}
