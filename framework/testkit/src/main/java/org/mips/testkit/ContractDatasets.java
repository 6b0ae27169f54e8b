package org.mips.testkit;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.mips.spi.network.Network;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

/**
 * Small datasets of random bit sequences for the training backend contract, with a network that is
 * perfect on one of them so that a contract can start from a known answer instead of waiting for one.
 */
public final class ContractDatasets {

    private static final int LENGTH = 10;

    private ContractDatasets() {
    }

    /** {@code y_t = x_t} on one input bit: {@link #copyNetwork()} is perfect on it. */
    public static Dataset copy(int count, long seed) {
        return bits("copy", count, 1, seed, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = x[t][0];
            }
            return y;
        });
    }

    /** The running parity of one input bit. */
    public static Dataset parity(int count, long seed) {
        return bits("parity", count, 1, seed, x -> {
            long[][] y = new long[x.length][1];
            long p = 0;
            for (int t = 0; t < x.length; t++) {
                p ^= x[t][0];
                y[t][0] = p;
            }
            return y;
        });
    }

    /** {@code x_t[0] xor x_t[1]}, two input bits. */
    public static Dataset xor(int count, long seed) {
        return bits("xor", count, 2, seed, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = x[t][0] ^ x[t][1];
            }
            return y;
        });
    }

    /** The next input, which no causal network can know: training never becomes perfect on it. */
    public static Dataset unlearnable(int count, long seed) {
        return bits("next input", count, 1, seed, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t + 1 < x.length; t++) {
                y[t][0] = x[t + 1][0];
            }
            return y;
        });
    }

    /** A dataset whose training split has no sequences at all: nothing to learn from. */
    public static Dataset withoutTrainingSequences() {
        Dataset some = copy(10, 1);
        Split none = new Split(new SequenceBatch(0, LENGTH, 1, new long[0]), new SequenceBatch(0, LENGTH, 1, new long[0]));
        return new Dataset("no training sequences", none, some.test());
    }

    /** {@code h' = x}, {@code y = h}: exactly right on {@link #copy}, with integer weights. */
    public static Network copyNetwork() {
        return ContractNetworks.linear(new double[][] {{0}}, new double[][] {{1}}, new double[] {0}, new double[][] {{1}},
                new double[] {0});
    }

    /** {@code count} random bit sequences of 10 steps with targets from {@code target}; the first 80% train. */
    public static Dataset bits(String name, int count, int inputDim, long seed, UnaryOperator<long[][]> target) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * LENGTH * inputDim];
        long[] y = new long[count * LENGTH];
        for (int n = 0; n < count; n++) {
            long[][] sequence = new long[LENGTH][inputDim];
            for (int t = 0; t < LENGTH; t++) {
                for (int i = 0; i < inputDim; i++) {
                    sequence[t][i] = random.nextInt(2);
                    x[(n * LENGTH + t) * inputDim + i] = sequence[t][i];
                }
            }
            long[][] out = target.apply(sequence);
            for (int t = 0; t < LENGTH; t++) {
                y[n * LENGTH + t] = out[t][0];
            }
        }
        SequenceBatch xs = new SequenceBatch(count, LENGTH, inputDim, x);
        SequenceBatch ys = new SequenceBatch(count, LENGTH, 1, y);
        int train = count * 4 / 5;
        return new Dataset(name, new Split(xs.slice(0, train), ys.slice(0, train)), new Split(xs.slice(train, count), ys.slice(train, count)));
    }

    /** The fraction of {@code split}'s outputs whose rounded value under {@code network} equals the target. */
    public static double accuracy(Network network, Split split) {
        long right = 0;
        long all = 0;
        for (int n = 0; n < split.count(); n++) {
            double[][] out = network.run(split.x().sequence(n));
            long[][] target = split.y().sequence(n);
            for (int t = 0; t < target.length; t++) {
                for (int k = 0; k < target[t].length; k++) {
                    right += Math.round(out[t][k]) == target[t][k] ? 1 : 0;
                    all++;
                }
            }
        }
        return all == 0 ? 0 : (double) right / all;
    }
}
