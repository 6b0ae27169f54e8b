package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.represent.Readout;
import org.mips.spi.represent.Transition;

/**
 * A network to run: its transition and readout, and the input steps its symbols stand for. Outputs are
 * rounded half to even, as the trace's are. Stateless, so safe to share between threads.
 *
 * @param alphabet the input step of each symbol
 */
record NetworkRun(Transition transition, Readout readout, long[][] alphabet, int hiddenDim) {

    /** The starting state {@code h = 0}. */
    double[] start() {
        return new double[hiddenDim];
    }

    double[] step(double[] h, int symbol) {
        return transition.apply(h, alphabet[symbol]);
    }

    /** The network's output at {@code h}, rounded half to even. */
    List<Long> output(double[] h) {
        double[] y = readout.apply(h);
        List<Long> rounded = new ArrayList<>(y.length);
        for (double v : y) {
            rounded.add((long) Math.rint(v));
        }
        return List.copyOf(rounded);
    }
}
