package org.mips.normalizers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ejml.simple.SimpleMatrix;

/**
 * The reference's test whether a matrix already is in Jordan form (section 4.3, step 1), and the blocks
 * it finds.
 *
 * @param blocks    the Jordan blocks, in order
 * @param tolerance {@code nextafter(tau, 1)} for the largest deviation {@code tau} from exact Jordan
 *                  form: what counts as zero when the Toeplitz basis is built
 */
record JordanBlocks(List<Block> blocks, double tolerance) {

    /** Rows and columns {@code start} (inclusive) to {@code end} (exclusive). */
    record Block(int start, int end) {
    }

    JordanBlocks {
        blocks = List.copyOf(blocks);
    }

    /**
     * The blocks of {@code w}, or empty when {@code w} is not in Jordan form within the reference's
     * tolerance: a superdiagonal entry above 0.5 continues a block; {@code tau} is the largest of the
     * entries below the diagonal and above the superdiagonal, the superdiagonal's distance from 1 inside
     * a block and from 0 between blocks, and the diagonal's distance from its block's mean; the test
     * requires {@code tau < 0.5} and {@code tau} below the smallest distance between block eigenvalues.
     */
    static Optional<JordanBlocks> of(SimpleMatrix w) {
        int n = w.numRows();
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || !(w.get(i - 1, i) > 0.5)) {
                blocks.add(new Block(start, i));
                start = i;
            }
        }
        double tau = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j < i || j > i + 1) {
                    tau = Math.max(tau, Math.abs(w.get(i, j)));
                }
            }
        }
        double[] eigenvalues = new double[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            double sum = 0;
            for (int i = block.start(); i < block.end(); i++) {
                sum += w.get(i, i);
            }
            eigenvalues[b] = sum / (block.end() - block.start());
            for (int i = block.start(); i < block.end(); i++) {
                tau = Math.max(tau, Math.abs(w.get(i, i) - eigenvalues[b]));
                if (i + 1 < n) {
                    double superdiagonal = w.get(i, i + 1);
                    tau = Math.max(tau, Math.abs(i + 1 < block.end() ? superdiagonal - 1 : superdiagonal));
                }
            }
        }
        double separation = Double.POSITIVE_INFINITY;
        for (int a = 0; a < eigenvalues.length; a++) {
            for (int b = a + 1; b < eigenvalues.length; b++) {
                separation = Math.min(separation, Math.abs(eigenvalues[a] - eigenvalues[b]));
            }
        }
        if (!(tau < 0.5 && tau < separation)) {
            return Optional.empty();
        }
        return Optional.of(new JordanBlocks(blocks, Math.nextUp(tau)));
    }
}
