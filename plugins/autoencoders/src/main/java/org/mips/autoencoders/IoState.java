package org.mips.autoencoders;

import java.util.Arrays;
import java.util.List;
import org.mips.spi.represent.Representation;

/**
 * The hidden state as the integers the network has just read and written: each variable is a current
 * input or output column, decoded from a hidden vector by an affine map or by the network's own readout;
 * a state is rebuilt from the variables by the least-squares affine map {@code h ~ origin + z rows}.
 *
 * @param detector          the id of the detector that found it
 * @param signals           the variables, in order
 * @param reconstruction    the affine map from the variables back to a hidden vector
 * @param descriptionLength the description length on the trace (reference section 5.3)
 */
record IoState(String detector, List<Signal> signals, AffineFit reconstruction, double descriptionLength)
        implements Representation {

    IoState {
        signals = List.copyOf(signals);
    }

    IoState withDescriptionLength(double length) {
        return new IoState(detector, signals, reconstruction, length);
    }

    @Override
    public List<String> variables() {
        return signals.stream().map(Signal::name).toList();
    }

    @Override
    public long[] encode(double[] h) {
        long[] z = new long[signals.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = signals.get(i).decode(h);
        }
        return z;
    }

    @Override
    public double[] decode(long[] z) {
        return reconstruction.apply(Arrays.stream(z).asDoubleStream().toArray());
    }

    @Override
    public String toString() {
        return detector + " state " + signals + ", origin " + Arrays.toString(reconstruction.origin())
                + ", description length " + descriptionLength;
    }
}
