package org.mips.backend.cpu;

import java.util.List;
import java.util.SplittableRandom;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.training.Loss;

/**
 * Runs the kernel on made-up data in a background thread from the moment the backend is created, while
 * the host generates the task's data and the trainer copies it. The JIT compiles Vector API code only
 * after it has run for a while, and until then that code is two orders of magnitude slower; warming up
 * in parallel with the data takes most of that wait off the training loop. Once per backend, since
 * compiled code serves every training in the JVM, whatever its shape: the made-up network has hidden
 * layers and layers both wider and narrower than four units, and raw, one-hot, scalar and categorical
 * columns, so every path of the kernel runs. It shares no buffer or weight with any training, so results
 * are unaffected.
 */
final class JitWarmup {

    private JitWarmup() {
    }

    /** Block passes: enough for the JIT to compile every kernel method with full optimisation. */
    static final int PASSES = 1500;
    private static final int LANES = 64;
    private static final int LENGTH = 10;

    /** Starts the warm-up, unless the portable kernel (which warms up fast) is the one in use. */
    static void start() {
        if (!Kernel.VectorSupport.AVAILABLE) {
            return;
        }
        Thread thread = new Thread(JitWarmup::run, "mips-cpu-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Both kinds of input (raw and one-hot) and of output (scalar and categorical), so every loss path is compiled too. */
    private static Encodings encodings() {
        List<Long> symbols = List.of(0L, 1L, 2L);
        return new Encodings(List.of(new InputCode.Scalar(), InputCode.Symbols.oneHot("one-hot", symbols)),
                List.of(new OutputCode.Scalar(), new OutputCode.Categorical(symbols)));
    }

    private static void run() {
        Layout layout = new Layout(new Architecture(5, 2, 6, 2, 3, Activation.RELU), encodings());
        SplittableRandom random = new SplittableRandom(0);
        SequenceData data = SequenceData.of(new Split(values(random, 2), values(random, 2)), layout.encodings);
        float[] params = new float[layout.size];
        for (int k = 0; k < params.length; k++) {
            params[k] = (float) random.nextDouble(-1, 1);
        }
        int[] rows = java.util.stream.IntStream.range(0, LANES).toArray();
        double[] gradient = new double[layout.size];
        Kernel kernel = Kernel.create(layout, LENGTH, LANES);
        for (int pass = 0; pass < PASSES; pass++) {
            kernel.lossAndGradient(params, data, rows, 0, LANES, Loss.LOG, 1e-3, gradient, pass % 16 == 0);
            if (pass % 4 == 0) {
                kernel.forward(params, data, rows, 0, LANES);
            }
        }
    }

    /** {@value #LANES} sequences of random values 0, 1 and 2 in {@code columns} columns. */
    private static SequenceBatch values(SplittableRandom random, int columns) {
        long[] values = new long[LANES * LENGTH * columns];
        for (int v = 0; v < values.length; v++) {
            values[v] = random.nextInt(3);
        }
        return new SequenceBatch(LANES, LENGTH, columns, values);
    }
}
