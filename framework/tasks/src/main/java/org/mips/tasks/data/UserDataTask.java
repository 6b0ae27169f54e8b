package org.mips.tasks.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;

/**
 * A user's dataset as a {@link Task}. It has data but no generator and no reference function: what
 * the network must learn is known only through the file's examples.
 *
 * <p>{@link #dataset(long)} shuffles the sequences with the seed (Fisher-Yates driven by a
 * {@link SplittableRandom}) and takes the first {@code round(trainFraction * count)} as the training
 * split, at least one and leaving at least one for the test split.
 */
public final class UserDataTask implements Task {

    public static final double DEFAULT_TRAIN_FRACTION = 0.9;
    public static final int DEFAULT_STEPS = 10_000;

    private final UserDataset data;
    private final double trainFraction;
    private final String id;
    private final long inputMin;
    private final long inputMax;

    /** A task with the default train fraction of 0.9. */
    public UserDataTask(UserDataset data) {
        this(data, DEFAULT_TRAIN_FRACTION);
    }

    /**
     * @param trainFraction the share of sequences that train, strictly between 0 and 1
     * @throws DataFormatException      if the data has fewer than 2 sequences, too few to split
     * @throws IllegalArgumentException if {@code trainFraction} is not strictly between 0 and 1
     */
    public UserDataTask(UserDataset data, double trainFraction) {
        Objects.requireNonNull(data, "data");
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("train fraction must be between 0 and 1 (exclusive), got " + trainFraction);
        }
        if (data.count() < 2) {
            throw Place.in(data.file()).error((data.count() == 1 ? "only 1 sequence" : "no sequences") + "; a task needs at least 2, so that the training"
                    + " and the test split each get one");
        }
        this.data = data;
        this.trainFraction = trainFraction;
        this.id = idFor(data.file());
        this.inputMin = data.xMin();
        this.inputMax = data.xMax();
    }

    /** The file name without its extension, every character other than {@code [A-Za-z0-9_]} made {@code _}. */
    static String idFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String id = stem.replaceAll("[^A-Za-z0-9_]", "_");
        return id.isEmpty() ? "user_data" : id;
    }

    /** The data this task was made from. */
    public UserDataset data() {
        return data;
    }

    /** Number of sequences in the training split; the rest are the test split. */
    public int trainCount() {
        long wanted = Math.round(trainFraction * data.count());
        return (int) Math.max(1, Math.min(data.count() - 1, wanted));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    @Override
    public String description() {
        String name = data.file().getFileName() == null ? data.file().toString() : data.file().getFileName().toString();
        return String.format(Locale.ROOT, "user data from %s (%,d sequences of %,d %s)%s",
                name, data.count(), data.length(), data.length() == 1 ? "step" : "steps", data.changes().isEmpty() ? "" : "; " + data.changes());
    }

    @Override
    public int inputDimension() {
        return data.inputDimension();
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
        return data.outputDimension();
    }

    @Override
    public int sequenceLength() {
        return data.length();
    }

    @Override
    public double trainFraction() {
        return trainFraction;
    }

    @Override
    public int defaultSteps() {
        return DEFAULT_STEPS;
    }

    @Override
    public Dataset dataset(long seed) {
        int[] order = shuffled(data.count(), seed);
        int train = trainCount();
        int[] trainRows = Arrays.copyOfRange(order, 0, train);
        int[] testRows = Arrays.copyOfRange(order, train, order.length);
        return new Dataset(data.file().toString(),
                new Split(data.x().select(trainRows), data.y().select(trainRows)),
                new Split(data.x().select(testRows), data.y().select(testRows)));
    }

    @Override
    public String toString() {
        return "UserDataTask[" + id + "]";
    }

    /** 0..count-1 in a random order that depends only on the seed (Fisher-Yates). */
    private static int[] shuffled(int count, long seed) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
