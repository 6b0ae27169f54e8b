package org.mips.backend.cpu;

import org.mips.spi.training.Loss;

/**
 * Forward pass and backpropagation through time of the reference section 2.1 network for a block of up
 * to {@link #lanes()} sequences, into buffers allocated once: nothing is allocated per step. Inputs and
 * outputs are the network's own (encoded, see {@link SequenceData}); each scalar output takes the
 * paper's loss and each categorical group of logits softmax cross-entropy ({@link Softmax}).
 */
interface Kernel {

    /** The most sequences one call takes. */
    int lanes();

    /** Runs sequences {@code rows[offset .. offset+count)} of {@code data}; then read {@link #output}. */
    void forward(float[] p, SequenceData data, int[] rows, int offset, int count);

    /** Network output {@code k} (a scalar output or one logit) at step {@code t} of lane {@code lane} after {@link #forward}. */
    float output(int t, int k, int lane);

    /** The target of network output {@code k} (0 or 1 for a logit) at step {@code t} of lane {@code lane} after {@link #forward}. */
    float target(int t, int k, int lane);

    /**
     * Forward and backward for sequences {@code rows[offset .. offset+count)}: adds
     * {@code scale * d loss / d params} into {@code grad} and returns the block's summed loss, or 0
     * unless {@code withLoss} (the loss itself costs a logarithm per output and is only reported). The
     * loss is summed over the task's outputs: a categorical column's cross-entropy counts once.
     */
    double lossAndGradient(float[] p, SequenceData data, int[] rows, int offset, int count, Loss loss, double scale,
            double[] grad, boolean withLoss);

    /**
     * The fastest kernel this JVM can run: {@link VectorBptt} when the Vector API module
     * ({@code jdk.incubator.vector}, an incubator in Java 17) was added at start-up, as {@code bin/mips}
     * does for the commands that train, else the portable {@link Bptt}. The two agree to float rounding;
     * each is deterministic on its own.
     */
    static Kernel create(Layout layout, int length, int lanes) {
        return VectorSupport.AVAILABLE ? VectorSupport.kernel(layout, length, lanes) : new Bptt(layout, length, lanes);
    }

    /** Which kernel {@link #create} picks, for the backend's description. */
    static String describe() {
        return VectorSupport.AVAILABLE ? VectorSupport.describe()
                : "portable kernel (add the JVM option --add-modules jdk.incubator.vector for the faster SIMD one)";
    }

    /** Kept apart so that {@link VectorBptt}, which needs the module, is only loaded when it is there. */
    final class VectorSupport {

        /** Whether the Vector API is resolved in this JVM and not switched off with {@code -Dmips.cpu.vector=false}. */
        static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !"false".equals(System.getProperty("mips.cpu.vector"));

        private VectorSupport() {
        }

        static Kernel kernel(Layout layout, int length, int lanes) {
            return new VectorBptt(layout, length, lanes);
        }

        static String describe() {
            return VectorBptt.describe();
        }
    }
}
