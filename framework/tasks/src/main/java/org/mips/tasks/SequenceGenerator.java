package org.mips.tasks;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task.ReferenceFunction;

/**
 * Generates sequences in parallel yet deterministically: the sequences are cut into fixed chunks and
 * each chunk draws from its own generator seeded from the run's seed and the chunk's index, so the
 * bytes do not depend on the number of threads or the machine.
 */
final class SequenceGenerator {

    private static final int CHUNK = 8192;

    private SequenceGenerator() {
    }

    static Split generate(InputSampler sampler, ReferenceFunction reference, int inputDim, int outputDim,
            int count, int length, long seed) {
        if (count < 0 || length < 0) {
            throw new IllegalArgumentException("cannot generate " + count + " sequences of length " + length);
        }
        long[] x = new long[Math.multiplyExact(Math.multiplyExact(count, length), inputDim)];
        long[] y = new long[Math.multiplyExact(Math.multiplyExact(count, length), outputDim)];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            SplittableRandom random = new SplittableRandom(chunkSeed(seed, chunk));
            long[][] sequence = new long[length][inputDim];
            for (int n = chunk * CHUNK; n < Math.min(count, (chunk + 1) * CHUNK); n++) {
                int xOffset = n * length * inputDim;
                sampler.sample(random, x, xOffset, length, inputDim);
                for (int t = 0; t < length; t++) {
                    System.arraycopy(x, xOffset + t * inputDim, sequence[t], 0, inputDim);
                }
                long[][] targets = reference.apply(sequence);
                for (int t = 0; t < length; t++) {
                    System.arraycopy(targets[t], 0, y, (n * length + t) * outputDim, outputDim);
                }
            }
        });
        return new Split(new SequenceBatch(count, length, inputDim, x), new SequenceBatch(count, length, outputDim, y));
    }

    /** SplitMix64's finaliser over the seed and the chunk index: independent streams per chunk. */
    static long chunkSeed(long seed, int chunk) {
        long z = seed + 0x9E3779B97F4A7C15L * (chunk + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
