package org.mips.backend.cpu;

import java.util.SplittableRandom;
import org.mips.spi.training.Loss;

/**
 * Runs the kernel on made-up data in a background thread while the trainer copies its dataset. The
 * JIT compiles Vector API code only after it has run for a while, and until then that code is two
 * orders of magnitude slower; warming up in parallel with the copy takes most of that wait off the
 * training loop. Once per backend, since compiled code serves every later training in the JVM. It
 * shares no buffer or weight with the training, so results are unaffected.
 */
final class JitWarmup {

    /** Block passes: enough for the JIT to compile every kernel method with full optimisation. */
    static final int PASSES = Integer.getInteger("mips.cpu.warmup", 400);
    private static final int LANES = 64;

    private boolean started;

    /** Starts the warm-up unless one ran already or the portable kernel (which warms up fast) is in use. */
    synchronized void startOnce(Layout layout, int length, Loss loss) {
        if (started || !Kernel.VectorSupport.AVAILABLE || PASSES == 0) {
            return;
        }
        started = true;
        Thread thread = new Thread(() -> run(layout, length, loss), "mips-cpu-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(Layout layout, int length, Loss loss) {
        SplittableRandom random = new SplittableRandom(0);
        SequenceData data = SequenceData.random(LANES, length, layout.inputDim, layout.outputDim, random);
        float[] params = new float[layout.size];
        for (int k = 0; k < params.length; k++) {
            params[k] = (float) random.nextDouble(-1, 1);
        }
        int[] rows = java.util.stream.IntStream.range(0, LANES).toArray();
        double[] gradient = new double[layout.size];
        Kernel kernel = Kernel.create(layout, length, LANES);
        for (int pass = 0; pass < PASSES; pass++) {
            kernel.lossAndGradient(params, data, rows, 0, LANES, loss, 1e-3, gradient, pass % 16 == 0);
            if (pass % 4 == 0) {
                kernel.forward(params, data, rows, 0, LANES);
            }
        }
    }
}
