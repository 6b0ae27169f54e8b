package org.mips.backend.cpu;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;

/** Small datasets and encodings for the one-hot and categorical tests. */
final class EncodedData {

    private EncodedData() {
    }

    /** {@code 0 .. size-1}. */
    static List<Long> range(int size) {
        return LongStream.range(0, size).boxed().toList();
    }

    static InputCode oneHot(int symbols) {
        return InputCode.Symbols.oneHot("one-hot", range(symbols));
    }

    static OutputCode categorical(int classes) {
        return new OutputCode.Categorical(range(classes));
    }

    /** One input 0..5 one-hot, one output {@code x mod 3} as 3 classes. */
    static Encodings mod3Encodings() {
        return new Encodings(List.of(oneHot(6)), List.of(categorical(3)));
    }

    /** {@code y_t = x_t mod 3} for inputs 0..5, sequences of {@code length} steps; the first 80% train. */
    static Dataset mod3(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length];
        long[] y = new long[count * length];
        for (int v = 0; v < x.length; v++) {
            x[v] = random.nextInt(6);
            y[v] = x[v] % 3;
        }
        return split("mod 3", count, length, 1, x, 1, y);
    }

    /** Inputs: 0..5 one-hot and a raw bit; outputs: the running sum of both mod 3 (categorical) and the bit itself (scalar). */
    static Encodings mixedEncodings() {
        return new Encodings(List.of(oneHot(6), new InputCode.Scalar()), List.of(categorical(3), new OutputCode.Scalar()));
    }

    /** Data for {@link #mixedEncodings}. */
    static Dataset mixed(int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] x = new long[count * length * 2];
        long[] y = new long[count * length * 2];
        for (int n = 0; n < count; n++) {
            long sum = 0;
            for (int t = 0; t < length; t++) {
                int at = (n * length + t) * 2;
                x[at] = random.nextInt(6);
                x[at + 1] = random.nextInt(2);
                sum = (sum + x[at] + x[at + 1]) % 3;
                y[at] = sum;
                y[at + 1] = x[at + 1];
            }
        }
        return split("mixed", count, length, 2, x, 2, y);
    }

    private static Dataset split(String name, int count, int length, int d, long[] x, int k, long[] y) {
        SequenceBatch xs = new SequenceBatch(count, length, d, x);
        SequenceBatch ys = new SequenceBatch(count, length, k, y);
        int train = count * 4 / 5;
        return new Dataset(name, new Split(xs.slice(0, train), ys.slice(0, train)), new Split(xs.slice(train, count), ys.slice(train, count)));
    }
}
