package org.mips.spi.task;

import java.util.List;
import java.util.Optional;
import org.mips.spi.program.Program;

/**
 * A sequence-to-sequence task: a benchmark task of the paper or one a plugin contributes through
 * {@link TaskSuite}. Implementations are immutable and thread-safe.
 */
public interface Task {

    /** The paper's name, e.g. {@code Binary_Addition}; looked up ignoring case. */
    String id();

    /** Other names that find this task, e.g. the upstream folder name {@code bit_addition}. */
    List<String> aliases();

    /** One line for humans. */
    String description();

    /** Number of input values per step ({@code d} of {@code x_t}). */
    int inputDimension();

    /** Smallest input value (the alphabet is {@code inputMin..inputMax}). */
    int inputMin();

    /** Largest input value. */
    int inputMax();

    /** Number of output values per step. */
    int outputDimension();

    /** Sequence length of the benchmark's data. */
    int sequenceLength();

    /** Fraction of generated sequences that form the training split, e.g. 0.9. */
    double trainFraction();

    /** Training steps the paper used for this task. */
    int defaultSteps();

    /** {@code count} input sequences of {@code length} steps with their targets; the same seed gives the same data. */
    Split generate(int count, int length, long seed);

    /** The target outputs {@code y[t][k]} for inputs {@code x[t][i]} of any length. */
    int[][] reference(int[][] x);

    /**
     * The task's specification as a step machine, when it has one (every task whose output is computed
     * with finite or integer state); used to prove synthesized programs equal to it.
     */
    default Optional<Program> specification() {
        return Optional.empty();
    }
}
