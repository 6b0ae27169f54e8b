package org.mips.testkit;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * The benchmark's Parity_All, the parity of the 1s so far on sequences of 10 bits, with its specification
 * {@code s := s ^ x; y = s}: a task small enough to build in a test. The protected hooks let a test spoil one
 * part (alphabet, seeding, specification) to show that a contract catches it.
 */
public class ParityTask implements Task {
    private final String id;

    public ParityTask() {
        this("Parity_All");
    }

    public ParityTask(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
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

    /** 200 training and 200 test sequences, drawn with {@code seed} and {@code seed + 1}. */
    @Override
    public Dataset dataset(long seed) {
        return new Dataset(id, generate(200, sequenceLength(), seed), generate(200, sequenceLength(), seed + 1));
    }

    @Override
    public Optional<Generator> generator() {
        return Optional.of(this::generate);
    }

    @Override
    public Optional<ReferenceFunction> reference() {
        return Optional.of(ParityTask::parity);
    }

    @Override
    public Optional<Program> specification() {
        return Optional.of(new Program(id, List.of(new Input("x", 0, 1)),
                List.of(new StateVariable("s", 0, ExprSyntax.parse(nextState()))), List.of(new Output("y", Expr.var("s")))));
    }

    /** {@code count} sequences of {@code length} random bits and their running parity. */
    public final Split generate(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(generatorSeed(seed));
        long[] x = new long[count * length];
        long[] y = new long[count * length];
        for (int n = 0; n < count; n++) {
            long[][] sequence = new long[length][1];
            for (int t = 0; t < length; t++) {
                sequence[t][0] = random.nextInt(symbols());
                x[n * length + t] = sequence[t][0];
            }
            long[][] out = parity(sequence);
            for (int t = 0; t < length; t++) {
                y[n * length + t] = out[t][0];
            }
        }
        return new Split(new SequenceBatch(count, length, 1, x), new SequenceBatch(count, length, 1, y));
    }

    /** The specification's update of {@code s} on input {@code x}. */
    protected String nextState() {
        return "s ^ x";
    }

    /** How many input symbols the generator draws from. */
    protected int symbols() {
        return 2;
    }

    /** The generator's random seed for a requested seed. */
    protected long generatorSeed(long seed) {
        return seed;
    }

    private static long[][] parity(long[][] x) {
        long[][] y = new long[x.length][1];
        long s = 0;
        for (int t = 0; t < x.length; t++) {
            s ^= x[t][0];
            y[t][0] = s;
        }
        return y;
    }
}
