package org.mips.core.search;

import java.util.stream.IntStream;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;

/**
 * The training data of a near miss's finishing phase: part of the training split with the training
 * sequences the network still gets wrong repeated, so that they weigh a tenth of every batch rather
 * than a few in a million. A network at 0.99999 fails on rare sequences (long runs of one symbol, say)
 * that a batch of 4,096 rarely holds; more steps on the same mixture barely move them. The test split,
 * which decides what is perfect, is left as it is.
 */
final class Emphasis {

    /**
     * Training sequences kept beside the repeated ones, so the rest is not forgotten; the wrong ones are
     * looked for among these only, which bounds the scan (a near miss gets about one in 10,000 wrong).
     */
    static final int KEPT = 200_000;
    /** The share of the finishing data the wrong sequences make up, at most. */
    static final double SHARE = 0.1;
    /** Copies of one wrong sequence at most. */
    static final int MAX_COPIES = 1000;

    private Emphasis() {
    }

    /**
     * The dataset with its training split replaced as above, or the dataset itself when the network gets
     * every training sequence right (then its errors are in sequences it never trained on, and repeating
     * nothing is all there is to do).
     */
    static Dataset of(Dataset dataset, Network network) {
        Split train = dataset.train();
        int kept = Math.min(KEPT, train.count());
        int[] wrong = wrongSequences(network, new Split(train.x().slice(0, kept), train.y().slice(0, kept)));
        if (wrong.length == 0) {
            return dataset;
        }
        int copies = (int) Math.max(1, Math.min(MAX_COPIES, Math.floor(SHARE * kept / ((1 - SHARE) * wrong.length))));
        int[] rows = new int[kept + copies * wrong.length];
        for (int i = 0; i < kept; i++) {
            rows[i] = i;
        }
        for (int c = 0, at = kept; c < copies; c++) {
            for (int w : wrong) {
                rows[at++] = w;
            }
        }
        Split emphasised = new Split(train.x().select(rows), train.y().select(rows));
        return new Dataset(dataset.name() + " (" + wrong.length + " wrong sequences x" + copies + ")", emphasised, dataset.test());
    }

    /**
     * The sequences with an output the network gets wrong, in order; on the calling thread, since the
     * search's other trials have the other cores.
     */
    static int[] wrongSequences(Network network, Split split) {
        return IntStream.range(0, split.count()).filter(n -> !right(network, split, n)).toArray();
    }

    private static boolean right(Network network, Split split, int n) {
        double[][] y = network.run(split.x().sequence(n));
        for (int t = 0; t < y.length; t++) {
            for (int k = 0; k < y[t].length; k++) {
                if (Math.rint(y[t][k]) != split.y().get(n, t, k)) {
                    return false;
                }
            }
        }
        return true;
    }
}
