package org.mips.tasks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * One of the paper's benchmark tasks (reference section 1.3): its metadata, a seeded generator, a
 * reference function for sequences of any length and, for all but Bit_Palindrome, a specification.
 */
public final class BenchmarkTask implements Task {

    /** The paper's dataset size before the split. */
    public static final int DEFAULT_SIZE = 1_000_000;

    private final String id;
    private final List<String> aliases;
    private final String description;
    private final int inputDimension;
    private final long inputMin;
    private final long inputMax;
    private final int outputDimension;
    private final int sequenceLength;
    private final double trainFraction;
    private final int defaultSteps;
    private final InputSampler sampler;
    private final ReferenceFunction reference;
    private final Program specification;
    private final List<Property> properties;
    private final boolean deduplicate;

    private BenchmarkTask(Builder b) {
        this.id = Objects.requireNonNull(b.id);
        this.aliases = List.of(b.alias);
        this.description = Objects.requireNonNull(b.description, () -> id + ": no description");
        this.inputDimension = b.inputDimension;
        this.inputMin = b.inputMin;
        this.inputMax = b.inputMax;
        this.outputDimension = b.outputDimension;
        this.sequenceLength = b.sequenceLength;
        this.trainFraction = b.trainFraction;
        this.defaultSteps = b.steps;
        this.sampler = b.sampler != null ? b.sampler : InputSampler.uniform(b.inputMin, b.inputMax);
        this.reference = Objects.requireNonNull(b.reference, () -> id + ": no reference function");
        this.specification = b.specification;
        this.properties = b.properties;
        this.deduplicate = b.deduplicate;
        if (specification != null && (specification.inputs().size() != inputDimension
                || specification.outputs().size() != outputDimension)) {
            throw new IllegalStateException(id + ": specification shape does not match the task");
        }
    }

    static Builder task(String id, String alias) {
        return new Builder(id, alias);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int inputDimension() {
        return inputDimension;
    }

    @Override
    public long inputMin() {
        return inputMin;
    }

    @Override
    public long inputMax() {
        return inputMax;
    }

    @Override
    public int outputDimension() {
        return outputDimension;
    }

    @Override
    public int sequenceLength() {
        return sequenceLength;
    }

    @Override
    public double trainFraction() {
        return trainFraction;
    }

    @Override
    public int defaultSteps() {
        return defaultSteps;
    }

    @Override
    public Optional<Generator> generator() {
        return Optional.of(this::generate);
    }

    @Override
    public Optional<ReferenceFunction> reference() {
        return Optional.of(reference);
    }

    @Override
    public Optional<Program> specification() {
        return Optional.ofNullable(specification);
    }

    @Override
    public List<Property> properties() {
        return properties;
    }

    /** Whether the paper removed duplicate sequences from this task's data (Previous_Equals_Current). */
    public boolean deduplicates() {
        return deduplicate;
    }

    /** {@code count} fresh sequences with their targets. */
    public Split generate(int count, int length, long seed) {
        return SequenceGenerator.generate(sampler, reference, inputDimension, outputDimension, count, length, seed);
    }

    /** The paper's dataset: {@value #DEFAULT_SIZE} sequences, split by {@link #trainFraction()}. */
    @Override
    public Dataset dataset(long seed) {
        return dataset(DEFAULT_SIZE, seed);
    }

    /**
     * {@code size} sequences of the task's length, split as the paper did: the first
     * {@code trainFraction} for training. Previous_Equals_Current first drops repeated sequences and
     * shuffles the rest, as its generator did.
     */
    public Dataset dataset(int size, long seed) {
        Split all = generate(size, sequenceLength, seed);
        if (deduplicate) {
            all = uniqueShuffled(all, seed);
        }
        int train = (int) Math.round(all.count() * trainFraction);
        return new Dataset(id, slice(all, 0, train), slice(all, train, all.count()));
    }

    private static Split slice(Split split, int from, int to) {
        return new Split(split.x().slice(from, to), split.y().slice(from, to));
    }

    private static Split uniqueShuffled(Split split, long seed) {
        Set<SequenceKey> seen = new HashSet<>();
        int[] keep = new int[split.count()];
        int kept = 0;
        for (int n = 0; n < split.count(); n++) {
            if (seen.add(new SequenceKey(split.x().sequence(n)))) {
                keep[kept++] = n;
            }
        }
        int[] order = Arrays.copyOf(keep, kept);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return new Split(split.x().select(order), split.y().select(order));
    }

    @Override
    public String toString() {
        return id;
    }

    /** A sequence's values, compared by content. */
    private record SequenceKey(long[][] steps) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SequenceKey k && Arrays.deepEquals(k.steps, steps);
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(steps);
        }
    }

    /** Collects a task's definition; every field the paper's table gives is required. */
    static final class Builder {
        private final String id;
        private final String alias;
        private String description;
        private int inputDimension = 1;
        private long inputMin;
        private long inputMax;
        private int outputDimension = 1;
        private int sequenceLength = 10;
        private double trainFraction = 0.9;
        private int steps = 10_000;
        private InputSampler sampler;
        private ReferenceFunction reference;
        private Program specification;
        private List<Property> properties = List.of();
        private boolean deduplicate;

        private Builder(String id, String alias) {
            this.id = id;
            this.alias = alias;
        }

        Builder describe(String text) {
            this.description = text;
            return this;
        }

        /** {@code dimension} inputs per step, each in {@code min..max}. */
        Builder inputs(int dimension, long min, long max) {
            this.inputDimension = dimension;
            this.inputMin = min;
            this.inputMax = max;
            return this;
        }

        Builder outputs(int dimension) {
            this.outputDimension = dimension;
            return this;
        }

        Builder length(int length) {
            this.sequenceLength = length;
            return this;
        }

        Builder split(double trainFraction) {
            this.trainFraction = trainFraction;
            return this;
        }

        Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        Builder sampler(InputSampler sampler) {
            this.sampler = sampler;
            return this;
        }

        Builder reference(ReferenceFunction reference) {
            this.reference = reference;
            return this;
        }

        Builder spec(Spec spec) {
            this.specification = spec.build();
            this.properties = spec.properties();
            return this;
        }

        Builder deduplicate() {
            this.deduplicate = true;
            return this;
        }

        BenchmarkTask build() {
            return new BenchmarkTask(this);
        }
    }
}
