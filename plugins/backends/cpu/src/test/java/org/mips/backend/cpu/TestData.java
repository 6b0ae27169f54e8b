package org.mips.backend.cpu;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

/** Small datasets built here, since a plugin's tests see only the SPI. */
final class TestData {

    private TestData() {
    }

    /** Random bit sequences with targets from {@code target}; 80% train. */
    static Dataset bits(String name, int count, int length, int inputDim, long seed, Function<long[][], long[][]> target) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length * inputDim];
        long[] y = new long[count * length];
        for (int n = 0; n < count; n++) {
            long[][] sequence = new long[length][inputDim];
            for (int t = 0; t < length; t++) {
                for (int i = 0; i < inputDim; i++) {
                    sequence[t][i] = random.nextInt(2);
                    x[(n * length + t) * inputDim + i] = sequence[t][i];
                }
            }
            long[][] out = target.apply(sequence);
            for (int t = 0; t < length; t++) {
                y[n * length + t] = out[t][0];
            }
        }
        Split all = new Split(new SequenceBatch(count, length, inputDim, x), new SequenceBatch(count, length, 1, y));
        int train = count * 4 / 5;
        return new Dataset(name, new Split(all.x().slice(0, train), all.y().slice(0, train)),
                new Split(all.x().slice(train, count), all.y().slice(train, count)));
    }

    static Dataset parity(int count, long seed) {
        return bits("parity", count, 10, 1, seed, x -> {
            long[][] y = new long[x.length][1];
            long p = 0;
            for (int t = 0; t < x.length; t++) {
                p ^= x[t][0];
                y[t][0] = p;
            }
            return y;
        });
    }

    static Dataset xor(int count, long seed) {
        return bits("xor", count, 10, 2, seed, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = x[t][0] ^ x[t][1];
            }
            return y;
        });
    }
}
