package org.mips.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/** Parity of the 1s so far, on sequences of 10 bits: a task small enough to build in a test. */
public final class ParityTask implements Task {

    @Override
    public String id() {
        return "Parity_All";
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    @Override
    public String description() {
        return "Parity of the number of 1s so far";
    }

    @Override
    public int inputDimension() {
        return 1;
    }

    @Override
    public long inputMin() {
        return 0;
    }

    @Override
    public long inputMax() {
        return 1;
    }

    @Override
    public int outputDimension() {
        return 1;
    }

    @Override
    public int sequenceLength() {
        return 10;
    }

    @Override
    public double trainFraction() {
        return 0.5;
    }

    @Override
    public int defaultSteps() {
        return 1000;
    }

    @Override
    public Dataset dataset(long seed) {
        return new Dataset(id(), generate(200, 10, seed), generate(200, 10, seed + 1));
    }

    @Override
    public Optional<Generator> generator() {
        return Optional.of(ParityTask::generate);
    }

    public static Split generate(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length];
        long[] y = new long[count * length];
        for (int s = 0; s < count; s++) {
            long parity = 0;
            for (int t = 0; t < length; t++) {
                x[s * length + t] = random.nextInt(2);
                parity ^= x[s * length + t];
                y[s * length + t] = parity;
            }
        }
        return new Split(new SequenceBatch(count, length, 1, x), new SequenceBatch(count, length, 1, y));
    }
}
