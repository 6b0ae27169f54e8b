package org.mips.backend.cpu;

import org.mips.spi.encode.OutputCode;
import org.mips.spi.training.Loss;

/**
 * Mean loss and accuracy on a whole split, counted over the task's outputs: a scalar output is right
 * when its value rounded half to even (as {@code torch.round}) equals the target, a categorical one when
 * its largest logit (the first of equal ones) is the target's class. The loss is the mean over outputs
 * of the paper's loss for scalar ones and the cross-entropy for categorical ones. Perfect means no
 * output is wrong (reference section 2.4 accepted one sampled batch; here it is every sequence).
 */
final class Evaluator {

    /** Loss, accuracy, and the count of wrong outputs. */
    record Score(double loss, double accuracy, long wrong) {
    }

    private static final int CHUNKS = GradientPass.CHUNKS;

    private final OutputColumns outputs;
    private final Workers workers;
    private final Kernel[] bptt;
    /** Per worker, one categorical column's logits and target, so scoring allocates nothing. */
    private final double[][] logits;
    private final double[][] targets;
    private final double[] chunkLoss = new double[CHUNKS];
    private final long[] chunkWrong = new long[CHUNKS];
    private int[] identity = new int[0];
    private float[] weights = new float[0];

    Evaluator(Layout layout, Workers workers, int length) {
        this.outputs = layout.outputs;
        this.workers = workers;
        this.bptt = new Kernel[workers.threads()];
        this.logits = new double[workers.threads()][layout.outputDim];
        this.targets = new double[workers.threads()][layout.outputDim];
        for (int w = 0; w < bptt.length; w++) {
            bptt[w] = Kernel.create(layout, length, GradientPass.LANES);
        }
    }

    Score score(double[] params, SequenceData data, Loss loss) {
        int columns = outputs.count;
        int perChunk = (data.count + CHUNKS - 1) / CHUNKS;
        // Sized for the largest split seen, so alternating sample and whole split allocates nothing.
        if (identity.length < data.count) {
            identity = java.util.stream.IntStream.range(0, data.count).toArray();
        }
        int[] rows = identity;
        weights = Precision.toFloat(params, weights.length == params.length ? weights : new float[params.length]);
        float[] p = weights;
        workers.run(CHUNKS, (worker, chunk) -> {
            Kernel net = bptt[worker];
            double[] z = logits[worker];
            double[] y = targets[worker];
            double sum = 0;
            long wrong = 0;
            int end = Math.min(data.count, (chunk + 1) * perChunk);
            for (int first = chunk * perChunk; first < end; first += net.lanes()) {
                int lanes = Math.min(net.lanes(), end - first);
                net.forward(p, data, rows, first, lanes);
                for (int lane = 0; lane < lanes; lane++) {
                    for (int t = 0; t < data.length; t++) {
                        for (int c = 0; c < columns; c++) {
                            int j = outputs.at[c];
                            if (outputs.categorical[c]) {
                                int width = outputs.width[c];
                                for (int i = 0; i < width; i++) {
                                    z[i] = net.output(t, j + i, lane);
                                    y[i] = net.target(t, j + i, lane);
                                }
                                int label = OutputCode.Categorical.argmax(y, 0, width);
                                sum += Softmax.crossEntropy(z, width, label);
                                if (OutputCode.Categorical.argmax(z, 0, width) != label) {
                                    wrong++;
                                }
                                continue;
                            }
                            double predicted = net.output(t, j, lane);
                            double target = net.target(t, j, lane);
                            sum += loss.value(predicted - target);
                            if (Math.rint(predicted) != target) {
                                wrong++;
                            }
                        }
                    }
                }
            }
            chunkLoss[chunk] = sum;
            chunkWrong[chunk] = wrong;
        });
        double total = 0;
        long wrong = 0;
        for (int c = 0; c < CHUNKS; c++) {
            total += chunkLoss[c];
            wrong += chunkWrong[c];
        }
        double counted = (double) data.count * data.length * columns;
        return new Score(total / counted, 1 - wrong / counted, wrong);
    }
}
