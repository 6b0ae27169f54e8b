package org.mips.spi.task;

import java.util.List;
import java.util.Optional;
import org.mips.spi.program.Program;
import org.mips.spi.prove.Property;

/**
 * A sequence-to-sequence task: a benchmark task of the paper, one a plugin contributes through
 * {@link TaskSuite}, or a user's own dataset. Implementations are immutable and thread-safe.
 *
 * <p>Every task has data ({@link #dataset}). A benchmark task can also {@link #generator() generate}
 * fresh sequences of any length and knows its {@link #reference() reference function}, which is what
 * lets a verifier test a program far beyond the training data; its {@link #specification()} is the
 * same function written as a step machine, which is what lets a prover compare programs for every
 * length.
 */
public interface Task {

    /** The seed of a task's standard dataset: the paper's generators used 42 (reference section 1.1). */
    long STANDARD_DATA_SEED = 42;

    /** The paper's name, e.g. {@code Binary_Addition}; looked up ignoring case. */
    String id();

    /** Other names that find this task, e.g. the upstream folder name {@code bit_addition}. */
    List<String> aliases();

    /** One line for humans. */
    String description();

    /** Number of input values per step ({@code d} of {@code x_t}). */
    int inputDimension();

    /** Smallest input value (the alphabet is {@code inputMin..inputMax}). */
    long inputMin();

    /** Largest input value. */
    long inputMax();

    /** Number of output values per step. */
    int outputDimension();

    /** Sequence length of the task's data. */
    int sequenceLength();

    /** Fraction of the data that forms the training split, e.g. 0.9. */
    double trainFraction();

    /** Training steps the paper used for this task (or a default for user data). */
    int defaultSteps();

    /** The task's standard data, split into train and test; the same seed gives the same bytes. */
    Dataset dataset(long seed);

    /** Fresh input sequences with their targets, for tasks that can make them. */
    default Optional<Generator> generator() {
        return Optional.empty();
    }

    /** The target function {@code y = f(x)} for inputs of any length, when it is known. */
    default Optional<ReferenceFunction> reference() {
        return Optional.empty();
    }

    /**
     * The reference function as a step machine, when it has one (every task whose output is computed
     * with finite or integer state); used to prove synthesized programs equal to it.
     */
    default Optional<Program> specification() {
        return Optional.empty();
    }

    /**
     * Theorems the {@link #specification()} satisfies beyond the outputs it computes (that it adds two
     * numbers, say), which a prover proves of a program together with its equality to the specification.
     * Empty without a specification.
     */
    default List<Property> properties() {
        return List.of();
    }

    /** Makes sequences of a task. */
    @FunctionalInterface
    interface Generator {
        /** {@code count} sequences of {@code length} steps with their targets; the same seed gives the same data. */
        Split generate(int count, int length, long seed);
    }

    /** A task's target function. */
    @FunctionalInterface
    interface ReferenceFunction {
        /** The outputs {@code y[t][k]} for inputs {@code x[t][i]} of any length. */
        long[][] apply(long[][] x);
    }
}
