package org.mips.normalizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * The substitution {@code h' = P^-1 h} of reference section 4, shared by every normalizer that changes
 * the hidden basis. Because {@code h} is the raw output of a linear layer and is read only by linear
 * layers, the new network computes the same function as the old one:
 * <ul>
 *   <li>the last transition layer writes the new state: {@code W_L <- P^-1 W_L}, {@code b_L <- P^-1 b_L};
 *   <li>the first transition layer reads it: {@code W_1[:, :n] <- W_1[:, :n] P};
 *   <li>the first readout layer reads it: {@code V_1 <- V_1 P}.
 * </ul>
 * With one transition layer both updates apply to it, giving {@code W_h' = P^-1 W_h P},
 * {@code W_x' = P^-1 W_x} and {@code b' = P^-1 b}.
 */
final class ChangeOfBasis {

    /**
     * Bases worse conditioned than this are refused: the rounding error of the new network grows with
     * the condition number, and beyond this bound outputs would drift in the ninth digit.
     */
    static final double MAX_CONDITION = 1e8;
    /** The reference's guard (section 4.2): a new weight or bias above this is a failed normalization. */
    static final double MAX_ENTRY = 1e4;

    private ChangeOfBasis() {
    }

    /**
     * The network in the basis {@code P}, or empty when {@code P} is singular, ill-conditioned or not
     * finite, or when any changed weight or bias would be non-finite or larger than {@link #MAX_ENTRY}
     * in magnitude (the caller then keeps the network unchanged).
     *
     * @throws IllegalArgumentException if {@code P} is not {@code n x n} for the network's hidden size n
     */
    static Optional<Network> apply(Network network, SimpleMatrix p) {
        int n = network.hiddenDim();
        if (p.numRows() != n || p.numCols() != n) {
            throw new IllegalArgumentException("change of basis " + p.numRows() + " x " + p.numCols()
                    + " for a hidden state of size " + n);
        }
        if (!(Layers.condition(p) <= MAX_CONDITION)) {
            return Optional.empty();
        }
        SimpleMatrix inverse = p.invert();

        List<DenseLayer> transition = new ArrayList<>(network.transition());
        transition.set(0, readingThrough(transition.get(0), p));
        int last = transition.size() - 1;
        DenseLayer writer = transition.get(last);
        transition.set(last, Layers.layer(inverse.mult(Layers.weights(writer)), Layers.operate(inverse, writer.bias())));

        List<DenseLayer> readout = new ArrayList<>(network.readout());
        readout.set(0, readingThrough(readout.get(0), p));

        List<DenseLayer> changed = List.of(transition.get(0), transition.get(last), readout.get(0));
        if (!changed.stream().allMatch(ChangeOfBasis::withinGuard)) {
            return Optional.empty();
        }
        return Optional.of(Layers.rebuilt(network, transition, readout));
    }

    /** {@code layer} with its first n columns (those that read h) multiplied by P. */
    private static DenseLayer readingThrough(DenseLayer layer, SimpleMatrix p) {
        int n = p.numRows();
        SimpleMatrix weights = Layers.weights(layer);
        weights.insertIntoThis(0, 0, weights.extractMatrix(0, layer.rows(), 0, n).mult(p));
        return Layers.layer(weights, layer.bias());
    }

    private static boolean withinGuard(DenseLayer layer) {
        for (double w : layer.weights()) {
            if (!(Math.abs(w) <= MAX_ENTRY)) {
                return false;
            }
        }
        for (double b : layer.bias()) {
            if (!(Math.abs(b) <= MAX_ENTRY)) {
                return false;
            }
        }
        return true;
    }
}
