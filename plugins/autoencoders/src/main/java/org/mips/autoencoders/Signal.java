package org.mips.autoencoders;

import java.util.Locale;
import org.mips.spi.represent.Readout;

/**
 * One integer the network has just read or written, as a hidden state shows it: input column or output
 * column {@code index} of the current step, and how it is read back from a hidden vector.
 *
 * @param name    the state variable's name, {@code last_x0} or {@code last_y0}
 * @param output  whether it is an output column rather than an input column
 * @param index   the column
 * @param weights the affine decoder's weights, {@code value ~ weights . h + bias}; null when read by the readout
 * @param bias    the affine decoder's constant
 * @param readout the network's readout, used when the value is not an affine function of the state
 * @param zeroAtStart read the initial state (all zeros, before any input) as 0, as "0 before the start":
 *                    the readout of a state the network never outputs from says nothing
 */
record Signal(String name, boolean output, int index, double[] weights, double bias, Readout readout, boolean zeroAtStart) {

    Signal {
        weights = weights == null ? null : weights.clone();
    }

    Signal(String name, boolean output, int index, double[] weights, double bias, Readout readout) {
        this(name, output, index, weights, bias, readout, false);
    }

    /** The signal's value on the state {@code h}, rounded half to even as the outputs are. */
    long decode(double[] h) {
        if (zeroAtStart && Vectors.isZero(h)) {
            return 0;
        }
        if (weights == null) {
            return (long) Math.rint(readout.apply(h)[index]);
        }
        return (long) Math.rint(Vectors.dot(weights, h) + bias);
    }

    /** How it is read, for reasons and the codebook. */
    String how() {
        return weights == null ? "the network's readout" : "an affine map of the hidden state";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", name, how());
    }
}
