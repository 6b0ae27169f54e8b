package org.mips.backend.cpu;

import java.util.Arrays;
import org.mips.spi.training.Loss;

/**
 * The mean loss of a batch and its gradient with respect to every parameter, computed in
 * {@value #CHUNKS} chunks of sequences whose partial gradients are added in chunk order.
 */
final class GradientPass {

    /** Fixed so that the reduction order, and so the result, never depends on the thread count. */
    static final int CHUNKS = 8;
    /** Sequences processed together; a chunk of a 4096 batch is exactly one block. */
    static final int LANES = 512;

    private final Layout layout;
    private final Workers workers;
    private final Kernel[] bptt;
    private final double[][] chunkGradients;
    private final double[] chunkLoss = new double[CHUNKS];
    private final float[] weights;

    GradientPass(Layout layout, Workers workers, int length) {
        this.layout = layout;
        this.workers = workers;
        this.bptt = new Kernel[workers.threads()];
        for (int w = 0; w < bptt.length; w++) {
            bptt[w] = Kernel.create(layout, length, LANES);
        }
        this.chunkGradients = new double[CHUNKS][layout.size];
        this.weights = new float[layout.size];
    }

    /**
     * Writes the gradient of the mean loss over {@code rows[offset..offset+count)} into {@code gradient} and
     * returns the mean loss (over sequences, steps and outputs, as the paper averages) if
     * {@code withLoss}, else NaN. Outputs are the task's: a categorical column's cross-entropy counts once,
     * however many logits it has.
     */
    double compute(double[] params, SequenceData data, int[] rows, int offset, int count, Loss loss, double[] gradient,
            boolean withLoss) {
        double scale = 1.0 / ((double) count * data.length * layout.outputs.count);
        float[] weights = Precision.toFloat(params, this.weights);
        int perChunk = (count + CHUNKS - 1) / CHUNKS;
        workers.run(CHUNKS, (worker, chunk) -> {
            double[] g = chunkGradients[chunk];
            Arrays.fill(g, 0);
            double sum = 0;
            int end = Math.min(count, (chunk + 1) * perChunk);
            for (int r = chunk * perChunk; r < end; r += LANES) {
                sum += bptt[worker].lossAndGradient(weights, data, rows, offset + r, Math.min(LANES, end - r), loss, scale, g, withLoss);
            }
            chunkLoss[chunk] = sum;
        });
        Arrays.fill(gradient, 0);
        double total = 0;
        for (int c = 0; c < CHUNKS; c++) {
            double[] g = chunkGradients[c];
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += g[k];
            }
            total += chunkLoss[c];
        }
        return withLoss ? total * scale : Double.NaN;
    }
}
