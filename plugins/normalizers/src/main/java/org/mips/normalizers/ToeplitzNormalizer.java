package org.mips.normalizers;

import org.ejml.simple.SimpleMatrix;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;
import org.pf4j.Extension;

/**
 * Makes the input enter every Jordan block through the block's last coordinate only (reference section
 * 4.3). When the linearised transition {@code W} is in Jordan form ({@link JordanBlocks}), each block
 * gets the upper-triangular Toeplitz basis built from the block's part of one input column of
 * {@code X = (W_L ... W_1)[:, n:]}. Such matrices commute with a Jordan block, so {@code W} keeps its
 * form, and the input column becomes the block's last unit vector: a nilpotent block becomes a shift
 * register. Otherwise, or when {@link ChangeOfBasis} refuses the basis, the network is unchanged.
 *
 * <p>The reference computes in complex arithmetic and keeps the real part; with a real {@code W} and
 * {@code X} every quantity here is real, so real arithmetic gives the same result.
 */
@Extension
public final class ToeplitzNormalizer implements Normalizer {

    /** Input entries at or below this are not used as a block's driver (reference section 4.3). */
    private static final double MIN_DRIVER = 1e-4;

    public ToeplitzNormalizer() {
    }

    @Override
    public String id() {
        return "toeplitz";
    }

    @Override
    public String description() {
        return "Toeplitz basis per Jordan block so the input drives each block through its last coordinate";
    }

    @Override
    public Network normalize(Network network, NormalizerContext context) {
        LinearizedTransition linear = LinearizedTransition.of(network);
        if (!Layers.finite(linear.hidden()) || !Layers.finite(linear.input())) {
            return network;
        }
        return JordanBlocks.of(linear.hidden())
                .flatMap(blocks -> ChangeOfBasis.apply(network, basis(blocks, linear.input())))
                .orElse(network);
    }

    /**
     * Per block {@code [s, e)}: the input column {@code c} with the largest {@code |X[e-1, c]|}; if that
     * entry is above the tolerance and 1e-4, the block of P is the Toeplitz matrix with last column
     * {@code X[s:e, c]}, otherwise the last coordinate keeps its own basis vector and the shorter block
     * {@code [s, e-1)} is tried.
     */
    static SimpleMatrix basis(JordanBlocks blocks, SimpleMatrix x) {
        SimpleMatrix p = new SimpleMatrix(x.numRows(), x.numRows());
        for (JordanBlocks.Block block : blocks.blocks()) {
            int s = block.start();
            for (int e = block.end(); e > s; e--) {
                int driver = 0;
                for (int c = 1; c < x.numCols(); c++) {
                    if (Math.abs(x.get(e - 1, c)) > Math.abs(x.get(e - 1, driver))) {
                        driver = c;
                    }
                }
                double strength = Math.abs(x.get(e - 1, driver));
                if (strength > blocks.tolerance() && strength > MIN_DRIVER) {
                    int k = e - s;
                    for (int i = 0; i < k; i++) {
                        for (int j = i; j < k; j++) {
                            p.set(s + i, s + j, x.get(s + (k - 1) - (j - i), driver));
                        }
                    }
                    break;
                }
                p.set(e - 1, e - 1, 1);
            }
        }
        return p;
    }
}
