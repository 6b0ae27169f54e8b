package org.mips.autoencoders;

import java.util.Arrays;
import java.util.List;
import org.mips.spi.represent.Representation;

/**
 * The states of a minimised finite machine: one variable, the state's number. {@code encode(h)} is the
 * state of the nearest cluster centre; {@code decode(s)} the centre chosen to stand for state s.
 *
 * @param detector          the id of the detector that found it
 * @param centres           the cluster centres, as rows
 * @param states            the minimised state of each cluster (equivalent clusters share one)
 * @param representatives   {@code representatives[s]}: the centre standing for state s
 * @param descriptionLength the description length on the trace (reference section 5.3)
 */
public record MachineStates(String detector, double[][] centres, int[] states, double[][] representatives,
        double descriptionLength) implements Representation {

    public MachineStates {
        centres = Vectors.copy(centres);
        states = states.clone();
        representatives = Vectors.copy(representatives);
    }

    MachineStates withDescriptionLength(double length) {
        return new MachineStates(detector, centres, states, representatives, length);
    }

    @Override
    public List<String> variables() {
        return List.of("state");
    }

    @Override
    public long[] encode(double[] h) {
        return new long[] {states[Vectors.nearest(centres, h)]};
    }

    /** @throws IllegalArgumentException if {@code z} is not one of the machine's states */
    @Override
    public double[] decode(long[] z) {
        if (z.length != 1 || z[0] < 0 || z[0] >= representatives.length) {
            throw new IllegalArgumentException("no machine state " + Arrays.toString(z) + "; the states are 0 to "
                    + (representatives.length - 1));
        }
        return representatives[(int) z[0]].clone();
    }

    @Override
    public double[][] centres() {
        return Vectors.copy(centres);
    }

    @Override
    public int[] states() {
        return states.clone();
    }

    @Override
    public double[][] representatives() {
        return Vectors.copy(representatives);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineStates m && detector.equals(m.detector) && Arrays.deepEquals(centres, m.centres)
                && Arrays.equals(states, m.states) && Arrays.deepEquals(representatives, m.representatives)
                && Double.compare(descriptionLength, m.descriptionLength) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(centres) + Arrays.hashCode(states);
    }

    @Override
    public String toString() {
        return representatives.length + " machine states over " + centres.length + " clusters, description length "
                + descriptionLength;
    }
}
