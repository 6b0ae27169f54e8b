package org.mips.testkit;

import java.time.Instant;
import java.util.SplittableRandom;
import org.mips.spi.normalize.NormalizerContext;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.training.TrainingBackend;

/**
 * A {@link NormalizerContext} for tests: a fixed sample of input sequences, and no training backend or
 * dataset, which normalizers that only change weights never ask for.
 */
public record SampleNormalizerContext(SequenceBatch inputs) implements NormalizerContext {

    /** {@code count} sequences of {@code length} steps with values drawn from {@code 0..maxValue}. */
    public static SampleNormalizerContext random(int inputDim, int count, int length, int maxValue, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] values = new long[count * length * inputDim];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextInt(maxValue + 1);
        }
        return new SampleNormalizerContext(new SequenceBatch(count, length, inputDim, values));
    }

    /** No sequences at all. */
    public static SampleNormalizerContext empty(int inputDim) {
        return new SampleNormalizerContext(new SequenceBatch(0, 0, inputDim, new long[0]));
    }

    /** @throws UnsupportedOperationException always: this context has no backend */
    @Override
    public TrainingBackend backend() {
        throw new UnsupportedOperationException("the test context has no training backend");
    }

    /** @throws UnsupportedOperationException always: this context has no dataset */
    @Override
    public Dataset dataset() {
        throw new UnsupportedOperationException("the test context has no dataset");
    }

    /** No time limit. */
    @Override
    public Instant deadline() {
        return Instant.MAX;
    }
}
