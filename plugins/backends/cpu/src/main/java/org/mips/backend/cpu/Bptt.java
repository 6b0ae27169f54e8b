package org.mips.backend.cpu;

import org.mips.spi.training.Loss;

/**
 * The portable {@link Kernel}: forward pass and backpropagation through time for a block of up to
 * {@code lanes} sequences at once, in float32 like the paper's PyTorch networks, on plain loops that
 * the JIT vectorises by itself. The network is that of reference section 2.1: {@code h_t = f([h_{t-1}; x_t])},
 * {@code y_t = g(h_t)}, ReLU only between linear layers.
 *
 * <p>Every value is kept as one array per unit and step, indexed by lane (sequence), so every inner
 * loop is {@code y[k] += a * x[k]} over whole arrays from index 0: the form the JIT turns into SIMD
 * instructions (it does not for loops over one array at different unknown offsets).
 */
final class Bptt implements Kernel {

    private final Layout layout;
    private final OutputColumns outputs;
    private final Layout.Layer[] transition;
    private final Layout.Layer[] readout;
    private final int n;
    private final int zWidth;
    private final int length;
    private final int lanes;
    /** {@code z[t * zWidth + unit]}: {@code [h_{t-1}; x_t]}. */
    private final float[][] z;
    /** Per layer, {@code pre[l][t * out + unit]}; the transition's last is {@code h_t}, the readout's {@code y_t}. */
    private final float[][][] transitionPre;
    private final float[][][] readoutPre;
    /** Per hidden layer (all but the last of each MLP), the ReLU of its pre-activations. */
    private final float[][][] transitionPost;
    private final float[][][] readoutPost;
    private final float[][] delta;
    private final float[][] deltaPrevious;
    private final float[][] dhNext;
    /** Per lane, a categorical group's largest logit, and its softmax denominator, then that's reciprocal. */
    private final float[] groupMax;
    private final float[] groupSum;
    /** Scratch for {@link Softmax#exp(float[], float[], float[], float[], int)}. */
    private final float[] powers;
    /** One lane's logits of one group, for the reported cross-entropy. */
    private final double[] logits;
    /** Gradient per parameter and lane; summed over lanes once per block. */
    private final float[][] laneGrad;
    /** The block's targets, {@code target[t * outputDim + k][lane]}. */
    private final float[][] target;
    /** The block's rows copied whole (each row is contiguous in the data): one pass over scattered memory. */
    private final float[] blockRows;
    private final int stride;
    private final int targetsAt;
    private int count;

    Bptt(Layout layout, int length, int lanes) {
        this.layout = layout;
        this.outputs = layout.outputs;
        this.transition = layout.transition;
        this.readout = layout.readout;
        this.n = layout.hidden;
        this.zWidth = layout.hidden + layout.inputDim;
        this.length = length;
        this.lanes = lanes;
        this.z = new float[length * zWidth][lanes];
        this.transitionPre = buffers(transition, transition.length);
        this.readoutPre = buffers(readout, readout.length);
        this.transitionPost = buffers(transition, transition.length - 1);
        this.readoutPost = buffers(readout, readout.length - 1);
        this.delta = new float[layout.widest()][lanes];
        this.deltaPrevious = new float[layout.widest()][lanes];
        this.dhNext = new float[n][lanes];
        this.groupMax = new float[lanes];
        this.groupSum = new float[lanes];
        this.powers = new float[lanes];
        this.logits = new double[layout.outputDim];
        this.laneGrad = new float[layout.size][lanes];
        this.target = new float[length * layout.outputDim][lanes];
        this.stride = length * (layout.inputDim + layout.outputDim);
        this.targetsAt = length * layout.inputDim;
        this.blockRows = new float[lanes * stride];
    }

    private float[][][] buffers(Layout.Layer[] layers, int count) {
        float[][][] buffers = new float[count][][];
        for (int l = 0; l < count; l++) {
            buffers[l] = new float[length * layers[l].out()][lanes];
        }
        return buffers;
    }

    @Override
    public int lanes() {
        return lanes;
    }

    @Override
    public void forward(float[] p, SequenceData data, int[] rows, int offset, int count) {
        this.count = count;
        int d = layout.inputDim;
        int k = layout.outputDim;
        for (int lane = 0; lane < count; lane++) {
            int row = rows[offset + lane];
            data.copy(row, blockRows, lane * stride);
        }
        float[][] h = transitionPre[transition.length - 1];
        for (int t = 0; t < length; t++) {
            int zAt = t * zWidth;
            for (int i = 0; i < n; i++) {
                if (t == 0) {
                    java.util.Arrays.fill(z[zAt + i], 0, count, 0f);
                } else {
                    System.arraycopy(h[(t - 1) * n + i], 0, z[zAt + i], 0, count);
                }
            }
            for (int i = 0; i < d; i++) {
                float[] zi = z[zAt + n + i];
                for (int lane = 0, at = t * d + i; lane < count; lane++, at += stride) {
                    zi[lane] = blockRows[at];
                }
            }
            for (int j = 0; j < k; j++) {
                float[] tj = target[t * k + j];
                for (int lane = 0, at = targetsAt + t * k + j; lane < count; lane++, at += stride) {
                    tj[lane] = blockRows[at];
                }
            }
            mlpForward(p, transition, transitionPre, transitionPost, z, zAt, t);
            mlpForward(p, readout, readoutPre, readoutPost, h, t * n, t);
        }
    }

    @Override
    public float output(int t, int k, int lane) {
        return readoutPre[readout.length - 1][t * layout.outputDim + k][lane];
    }

    @Override
    public float target(int t, int k, int lane) {
        return target[t * layout.outputDim + k][lane];
    }

    private void mlpForward(float[] p, Layout.Layer[] layers, float[][][] pre, float[][][] post, float[][] input,
            int inputAt, int t) {
        float[][] x = input;
        int xAt = inputAt;
        for (int l = 0; l < layers.length; l++) {
            Layout.Layer layer = layers[l];
            int in = layer.in();
            int out = layer.out();
            float[][] result = pre[l];
            int resultAt = t * out;
            for (int j = 0; j < out; j++) {
                float[] row = result[resultAt + j];
                java.util.Arrays.fill(row, 0, count, p[layer.biases() + j]);
                int w = layer.weights() + j * in;
                for (int i = 0; i < in; i++) {
                    axpy(p[w + i], x[xAt + i], row, count);
                }
            }
            if (l < layers.length - 1) {
                float[][] activated = post[l];
                for (int j = 0; j < out; j++) {
                    relu(result[resultAt + j], activated[resultAt + j], count);
                }
                x = activated;
                xAt = resultAt;
            }
        }
    }

    @Override
    public double lossAndGradient(float[] p, SequenceData data, int[] rows, int offset, int count, Loss loss, double scale,
            double[] grad, boolean withLoss) {
        forward(p, data, rows, offset, count);
        int k = layout.outputDim;
        float[][] h = transitionPre[transition.length - 1];
        float[][] y = readoutPre[readout.length - 1];
        float s = (float) scale;
        double total = 0;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(dhNext[i], 0, count, 0f);
        }
        for (float[] g : laneGrad) {
            java.util.Arrays.fill(g, 0, count, 0f);
        }
        boolean log = loss == Loss.LOG;
        for (int t = length - 1; t >= 0; t--) {
            for (int c = 0; c < outputs.count; c++) {
                int j = outputs.at[c];
                if (outputs.categorical[c]) {
                    total += softmaxDelta(y, t * k + j, j, outputs.width[c], s, withLoss);
                    continue;
                }
                float[] yj = y[t * k + j];
                float[] tj = target[t * k + j];
                float[] dj = delta[j];
                if (withLoss) {
                    for (int lane = 0; lane < count; lane++) {
                        total += loss.value(yj[lane] - tj[lane]);
                    }
                }
                if (log) {
                    lossDerivativeLog(yj, tj, dj, s, count);
                } else {
                    lossDerivativeSquare(yj, tj, dj, s, count);
                }
            }
            mlpBackward(p, readout, readoutPre, readoutPost, h, t * n, t, n);
            for (int i = 0; i < n; i++) {
                add(dhNext[i], delta[i], count);
            }
            // Only d/dh of [h; x] is needed: the inputs get no gradient.
            mlpBackward(p, transition, transitionPre, transitionPost, z, t * zWidth, t, n);
            for (int i = 0; i < n; i++) {
                System.arraycopy(delta[i], 0, dhNext[i], 0, count);
            }
        }
        for (int param = 0; param < grad.length; param++) {
            grad[param] += sum(laneGrad[param], count);
        }
        return total;
    }

    /**
     * Backward through one MLP at step {@code t}: {@code delta} holds d loss / d (last layer's output)
     * per lane on entry and d loss / d (the MLP's input) on exit.
     */
    private void mlpBackward(float[] p, Layout.Layer[] layers, float[][][] pre, float[][][] post, float[][] input,
            int inputAt, int t, int neededInputs) {
        for (int l = layers.length - 1; l >= 0; l--) {
            Layout.Layer layer = layers[l];
            int in = layer.in();
            int out = layer.out();
            float[][] x = l == 0 ? input : post[l - 1];
            int xAt = l == 0 ? inputAt : t * in;
            int propagate = l == 0 ? neededInputs : in;
            for (int i = 0; i < propagate; i++) {
                java.util.Arrays.fill(deltaPrevious[i], 0, count, 0f);
            }
            for (int j = 0; j < out; j++) {
                float[] dj = delta[j];
                add(dj, laneGrad[layer.biases() + j], count);
                int w = layer.weights() + j * in;
                for (int i = 0; i < in; i++) {
                    multiplyAdd(dj, x[xAt + i], laneGrad[w + i], count);
                }
                for (int i = 0; i < propagate; i++) {
                    axpy(p[w + i], dj, deltaPrevious[i], count);
                }
            }
            if (l > 0) {
                float[][] below = post[l - 1];
                int belowAt = t * in;
                for (int i = 0; i < in; i++) {
                    reluMask(below[belowAt + i], deltaPrevious[i], delta[i], count);
                }
            } else {
                for (int i = 0; i < propagate; i++) {
                    System.arraycopy(deltaPrevious[i], 0, delta[i], 0, count);
                }
            }
        }
    }

    /**
     * Softmax cross-entropy of the logits {@code y[first .. first + width)} (one categorical column at one
     * step): {@code delta[out + i] = (softmax_i - target_i) * scale}; returns the block's summed loss if
     * {@code withLoss}, else 0.
     */
    private double softmaxDelta(float[][] y, int first, int out, int width, float scale, boolean withLoss) {
        float[] max = groupMax;
        float[] sum = groupSum;
        System.arraycopy(y[first], 0, max, 0, count);
        for (int i = 1; i < width; i++) {
            maximum(y[first + i], max, count);
        }
        java.util.Arrays.fill(sum, 0, count, 0f);
        for (int i = 0; i < width; i++) {
            float[] yi = y[first + i];
            float[] di = delta[out + i];
            Softmax.exp(yi, max, di, powers, count);
            add(di, sum, count);
        }
        for (int lane = 0; lane < count; lane++) {
            sum[lane] = 1f / sum[lane];
        }
        for (int i = 0; i < width; i++) {
            float[] di = delta[out + i];
            float[] ti = target[first + i];
            for (int lane = 0; lane < count; lane++) {
                di[lane] = (di[lane] * sum[lane] - ti[lane]) * scale;
            }
        }
        if (!withLoss) {
            return 0;
        }
        double total = 0;
        for (int lane = 0; lane < count; lane++) {
            int label = 0;
            for (int i = 0; i < width; i++) {
                logits[i] = y[first + i][lane];
                label = target[first + i][lane] > target[first + label][lane] ? i : label;
            }
            total += Softmax.crossEntropy(logits, width, label);
        }
        return total;
    }

    private static void maximum(float[] x, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] = Math.max(y[k], x[k]);
        }
    }

    /** d/dy of 0.5 ln(1 + e^2), times {@code scale}: e / (1 + e^2). */
    private static void lossDerivativeLog(float[] y, float[] target, float[] d, float scale, int count) {
        for (int k = 0; k < count; k++) {
            float e = y[k] - target[k];
            d[k] = e / (1 + e * e) * scale;
        }
    }

    /** d/dy of 0.5 e^2, times {@code scale}. */
    private static void lossDerivativeSquare(float[] y, float[] target, float[] d, float scale, int count) {
        for (int k = 0; k < count; k++) {
            d[k] = (y[k] - target[k]) * scale;
        }
    }

    private static void axpy(float a, float[] x, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] += a * x[k];
        }
    }

    private static void add(float[] x, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] += x[k];
        }
    }

    private static void multiplyAdd(float[] a, float[] b, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] += a[k] * b[k];
        }
    }

    private static void relu(float[] x, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] = Math.max(x[k], 0f);
        }
    }

    /**
     * {@code y = d} where the ReLU's output is positive, else 0: its derivative applied. Written
     * without a branch, which on random signs would mispredict half the time and keep the loop scalar:
     * {@code min(post * MAX, 1)} is exactly 1 for every positive float above 3e-39 and 0 for 0.
     */
    private static void reluMask(float[] post, float[] d, float[] y, int count) {
        for (int k = 0; k < count; k++) {
            y[k] = d[k] * Math.min(post[k] * Float.MAX_VALUE, 1f);
        }
    }

    /** Summed in double with four partial sums, so that lane order does not erode precision. */
    private static double sum(float[] a, int count) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < count; k += 4) {
            s0 += a[k];
            s1 += a[k + 1];
            s2 += a[k + 2];
            s3 += a[k + 3];
        }
        for (; k < count; k++) {
            s0 += a[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
