package org.mips.backend.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.mips.spi.training.Loss;

/**
 * The same forward pass and backpropagation through time as {@link Bptt}, written on the Vector API.
 * A block is processed in groups of {@link #G} sequences, one or two SIMD registers wide, and each group
 * goes through all steps at once: its activations and deltas (a few kilobytes for the paper's networks) stay
 * in the L1 cache, sums stay in registers, and each weight is read once per group, not once per value.
 * Weight gradients are summed over time after the backward sweep, with four independent accumulators
 * so the FMA latency is hidden.
 *
 * <p>Lanes past the end of the block get zero inputs and a zero output delta, so they contribute
 * nothing. Every reduction is in a fixed order, and the group size does not depend on the machine, so
 * results do not depend on the thread count or the CPU; they differ from {@link Bptt}'s in float
 * rounding (fused multiply-adds, sums in another order).
 */
final class VectorBptt implements Kernel {

    /** The machine's widest float vector, up to 16 lanes. */
    private static final VectorSpecies<Float> SPECIES =
            FloatVector.SPECIES_PREFERRED.length() > 16 ? FloatVector.SPECIES_512 : FloatVector.SPECIES_PREFERRED;
    /** Lanes per SIMD operation: 16 with AVX-512, 8 with AVX2, 4 with NEON. */
    private static final int V = SPECIES.length();
    /** As many 16-bit integers as {@link #SPECIES} has floats, for converting rows. */
    private static final VectorSpecies<Short> SHORTS = VectorSpecies.of(short.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));
    /**
     * Sequences per group. Fixed rather than the machine's vector width, so that the lane sums, and
     * with them the trained weights, are the same bit for bit on every machine; a group is one AVX-512
     * register, or two AVX2 ones.
     */
    static final int G = 16;

    private final Layout.Layer[] transition;
    private final Layout.Layer[] readout;
    private final OutputColumns outputs;
    private final int n;
    private final int inputDim;
    private final int outputDim;
    private final int zWidth;
    private final int length;
    private final int lanes;
    /** Inputs of each layer per step, {@code [t][unit][lane]} flattened: {@code z = [h_{t-1}; x_t]}, then the ReLU outputs. */
    private final float[][] transitionIn;
    private final float[][] readoutIn;
    /** Pre-activations per layer; the transition's last is {@code h_t}, the readout's last {@code y_t}. */
    private final float[][] transitionPre;
    private final float[][] readoutPre;
    /** d loss / d pre-activation per layer and step. */
    private final float[][] transitionDelta;
    private final float[][] readoutDelta;
    /** d loss / d h_t arriving from step t+1. */
    private final float[] dhNext;
    private final float[] target;
    /** 1 for the group's real lanes, 0 for padding. */
    private final float[] mask = new float[G];
    /** Parameter gradients per lane, {@code [param][lane]}, summed over the block's groups. */
    private final float[] laneGrad;
    /** The block's sequences as {@link SequenceData#copy} writes them, and its outputs {@code [lane][t][k]}. */
    private final float[] blockRows;
    /** Where lane m's row starts in {@link #blockRows}, relative to the group's first. */
    private final int[] laneRow = new int[G];
    private final int stride;
    private final int targetsAt;
    private final float[] blockOutput;
    /** One lane's logits of one categorical group, for the reported cross-entropy. */
    private final double[] logits;
    /** Keeps the loads that touch rows in {@link #gather} from being optimised away. */
    private float touched;

    VectorBptt(Layout layout, int length, int lanes) {
        this.transition = layout.transition;
        this.readout = layout.readout;
        this.outputs = layout.outputs;
        this.n = layout.hidden;
        this.inputDim = layout.inputDim;
        this.outputDim = layout.outputDim;
        this.zWidth = n + inputDim;
        this.length = length;
        this.lanes = lanes;
        this.transitionPre = perLayer(transition, true);
        this.readoutPre = perLayer(readout, true);
        this.transitionDelta = perLayer(transition, true);
        this.readoutDelta = perLayer(readout, true);
        this.transitionIn = perLayer(transition, false);
        this.readoutIn = perLayer(readout, false);
        // The readout reads h_t where the transition leaves it.
        this.readoutIn[0] = transitionPre[transition.length - 1];
        this.dhNext = new float[n * G];
        this.target = new float[length * outputDim * G];
        this.laneGrad = new float[layout.size * G];
        this.stride = length * (inputDim + outputDim);
        this.targetsAt = length * inputDim;
        this.blockRows = new float[(lanes + G) * stride];
        for (int m = 0; m < G; m++) {
            laneRow[m] = m * stride;
        }
        this.blockOutput = new float[lanes * length * outputDim];
        this.logits = new double[outputDim];
    }

    private float[][] perLayer(Layout.Layer[] layers, boolean outputs) {
        float[][] buffers = new float[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            buffers[l] = new float[length * (outputs ? layers[l].out() : layers[l].in()) * G];
        }
        return buffers;
    }

    static String describe() {
        return "Vector API kernel, " + SPECIES.vectorBitSize() + "-bit SIMD";
    }

    @Override
    public int lanes() {
        return lanes;
    }

    @Override
    public void forward(float[] p, SequenceData data, int[] rows, int offset, int count) {
        int k = outputDim;
        float[] y = readoutPre[readout.length - 1];
        gather(data, rows, offset, count);
        for (int first = 0; first < count; first += G) {
            int valid = Math.min(G, count - first);
            load(first, valid);
            forwardGroup(p);
            for (int m = 0; m < valid; m++) {
                int at = (first + m) * length * k;
                for (int v = 0; v < length * k; v++) {
                    blockOutput[at + v] = y[v * G + m];
                }
            }
        }
    }

    @Override
    public float output(int t, int k, int lane) {
        return blockOutput[(lane * length + t) * outputDim + k];
    }

    @Override
    public float target(int t, int k, int lane) {
        return blockRows[lane * stride + targetsAt + t * outputDim + k];
    }

    @Override
    public double lossAndGradient(float[] p, SequenceData data, int[] rows, int offset, int count, Loss loss,
            double scale, double[] grad, boolean withLoss) {
        java.util.Arrays.fill(laneGrad, 0f);
        double total = 0;
        gather(data, rows, offset, count);
        for (int first = 0; first < count; first += G) {
            int valid = Math.min(G, count - first);
            load(first, valid);
            forwardGroup(p);
            total += backwardGroup(p, loss, (float) scale, withLoss, valid);
            for (int v = 0; v < G; v += V) {
                weightGradients(transition, transitionIn, transitionDelta, v);
                weightGradients(readout, readoutIn, readoutDelta, v);
            }
        }
        for (int param = 0; param < grad.length; param++) {
            double sum = 0;
            for (int m = 0, at = param * G; m < G; m++) {
                sum += laneGrad[at + m];
            }
            grad[param] += sum;
        }
        return total;
    }

    /**
     * Copies the block's rows, scattered over a split far larger than the cache, into one contiguous
     * buffer, touching them all first (see {@link SequenceData#touch}), then zeros the rows that pad the
     * last group.
     */
    private void gather(SequenceData data, int[] rows, int offset, int count) {
        float touched = 0;
        for (int lane = 0; lane < count; lane++) {
            touched += data.touch(rows[offset + lane]);
        }
        this.touched = touched;
        short[] small = data.shortRows();
        if (small != null && stride >= SHORTS.length()) {
            // Rows of 16-bit integers: converted a vector at a time, the last piece overlapping the one
            // before it rather than masked.
            int step = SHORTS.length();
            for (int lane = 0; lane < count; lane++) {
                int from = rows[offset + lane] * stride;
                int to = lane * stride;
                for (int v = 0; ; v += step) {
                    int at = Math.min(v, stride - step);
                    ((FloatVector) ShortVector.fromArray(SHORTS, small, from + at).convertShape(VectorOperators.S2F, SPECIES, 0))
                            .intoArray(blockRows, to + at);
                    if (at + step == stride) {
                        break;
                    }
                }
            }
        } else {
            for (int lane = 0; lane < count; lane++) {
                data.copy(rows[offset + lane], blockRows, lane * stride);
            }
        }
        int padded = (count + G - 1) / G * G;
        java.util.Arrays.fill(blockRows, count * stride, padded * stride, 0f);
    }

    /** Moves the lanes {@code first ..} of the gathered block into {@code z} and the targets, one SIMD gather per value. */
    private void load(int first, int valid) {
        float[] z = transitionIn[0];
        int d = inputDim;
        int k = outputDim;
        for (int m = 0; m < G; m++) {
            mask[m] = m < valid ? 1f : 0f;
        }
        int xAt = first * stride;
        int yAt = first * stride + targetsAt;
        for (int v = 0; v < G; v += V) {
            for (int t = 0; t < length; t++) {
                for (int i = 0; i < d; i++) {
                    FloatVector.fromArray(SPECIES, blockRows, xAt + t * d + i, laneRow, v).intoArray(z, (t * zWidth + n + i) * G + v);
                }
                for (int j = 0; j < k; j++) {
                    FloatVector.fromArray(SPECIES, blockRows, yAt + t * k + j, laneRow, v).intoArray(target, (t * k + j) * G + v);
                }
            }
        }
    }

    /**
     * The transition step by step, then the readout, which feeds nothing back, over all steps at once
     * layer by layer: each layer's loops then keep one shape for a whole sweep, which the branch
     * predictor learns (alternating layers of different widths, it would mispredict every loop exit).
     */
    private void forwardGroup(float[] p) {
        float[] z = transitionIn[0];
        float[] h = transitionPre[transition.length - 1];
        for (int t = 0; t < length; t++) {
            int zAt = t * zWidth * G;
            if (t == 0) {
                java.util.Arrays.fill(z, 0, n * G, 0f);
            } else {
                System.arraycopy(h, (t - 1) * n * G, z, zAt, n * G);
            }
            for (int l = 0; l < transition.length; l++) {
                layerForward(p, transition, transitionIn, transitionPre, l, t);
            }
        }
        for (int l = 0; l < readout.length; l++) {
            for (int t = 0; t < length; t++) {
                layerForward(p, readout, readoutIn, readoutPre, l, t);
            }
        }
    }

    private static void layerForward(float[] p, Layout.Layer[] layers, float[][] in, float[][] pre, int l, int t) {
        Layout.Layer layer = layers[l];
        float[] relu = l < layers.length - 1 ? in[l + 1] : null;
        for (int v = 0; v < G; v += V) {
            linear(p, layer, in[l], t * layer.in() * G + v, pre[l], relu, t * layer.out() * G + v);
        }
    }

    /**
     * {@code pre = W x + b} for one step of {@link #V} lanes, and {@code relu = max(pre, 0)} when given: four
     * outputs at a time, so each input is loaded once per four and four sums run side by side.
     */
    private static void linear(float[] p, Layout.Layer layer, float[] x, int xAt, float[] pre, float[] relu, int outAt) {
        int in = layer.in();
        int out = layer.out();
        int j = 0;
        for (; j + 3 < out; j += 4) {
            int w = layer.weights() + j * in;
            FloatVector a0 = FloatVector.broadcast(SPECIES, p[layer.biases() + j]);
            FloatVector a1 = FloatVector.broadcast(SPECIES, p[layer.biases() + j + 1]);
            FloatVector a2 = FloatVector.broadcast(SPECIES, p[layer.biases() + j + 2]);
            FloatVector a3 = FloatVector.broadcast(SPECIES, p[layer.biases() + j + 3]);
            for (int i = 0; i < in; i++) {
                FloatVector xi = FloatVector.fromArray(SPECIES, x, xAt + i * G);
                a0 = xi.fma(broadcast(p[w + i]), a0);
                a1 = xi.fma(broadcast(p[w + in + i]), a1);
                a2 = xi.fma(broadcast(p[w + 2 * in + i]), a2);
                a3 = xi.fma(broadcast(p[w + 3 * in + i]), a3);
            }
            store(a0, pre, relu, outAt + j * G);
            store(a1, pre, relu, outAt + (j + 1) * G);
            store(a2, pre, relu, outAt + (j + 2) * G);
            store(a3, pre, relu, outAt + (j + 3) * G);
        }
        for (; j < out; j++) {
            int w = layer.weights() + j * in;
            FloatVector a = FloatVector.broadcast(SPECIES, p[layer.biases() + j]);
            for (int i = 0; i < in; i++) {
                a = FloatVector.fromArray(SPECIES, x, xAt + i * G).fma(broadcast(p[w + i]), a);
            }
            store(a, pre, relu, outAt + j * G);
        }
    }

    private static FloatVector broadcast(float value) {
        return FloatVector.broadcast(SPECIES, value);
    }

    private static void store(FloatVector value, float[] pre, float[] relu, int at) {
        value.intoArray(pre, at);
        if (relu != null) {
            value.max(0f).intoArray(relu, at);
        }
    }

    /**
     * Fills the deltas of every layer at every step; returns the group's summed loss if asked. As in
     * {@link #forwardGroup}, the readout is swept over all steps at once, since its deltas do not depend
     * on later steps; only the transition goes step by step, from the last.
     */
    private double backwardGroup(float[] p, Loss loss, float scale, boolean withLoss, int valid) {
        int k = outputDim;
        float[] y = readoutPre[readout.length - 1];
        float[] dy = readoutDelta[readout.length - 1];
        float[] dh = transitionDelta[transition.length - 1];
        boolean log = loss == Loss.LOG;
        double total = 0;
        for (int t = 0; t < length; t++) {
            for (int c = 0; c < outputs.count; c++) {
                int at = (t * k + outputs.at[c]) * G;
                if (outputs.categorical[c]) {
                    total += softmaxDelta(y, dy, at, outputs.width[c], scale, withLoss, valid);
                    continue;
                }
                for (int v = 0; v < G; v += V) {
                    FloatVector e = FloatVector.fromArray(SPECIES, y, at + v).sub(FloatVector.fromArray(SPECIES, target, at + v));
                    // d/dy of 0.5 ln(1 + e^2) is e / (1 + e^2); of 0.5 e^2, e. Padding lanes get 0.
                    FloatVector d = log ? e.div(e.fma(e, broadcast(1f))) : e;
                    d.mul(FloatVector.fromArray(SPECIES, mask, v).mul(scale)).intoArray(dy, at + v);
                }
                if (withLoss) {
                    for (int m = 0; m < valid; m++) {
                        total += loss.value(y[at + m] - target[at + m]);
                    }
                }
            }
        }
        // d loss / d h_t through the readout, for every step.
        for (int l = readout.length - 1; l >= 0; l--) {
            for (int t = 0; t < length; t++) {
                layerBackward(p, readout, readoutIn, readoutDelta, l, t, dh, t * n * G);
            }
        }
        // Through time: h_t also feeds h_{t+1}. Only d/dh of [h; x] is needed: the inputs get no gradient.
        java.util.Arrays.fill(dhNext, 0f);
        for (int t = length - 1; t >= 0; t--) {
            int at = t * n * G;
            for (int u = 0; u < n * G; u += V) {
                FloatVector.fromArray(SPECIES, dh, at + u).add(FloatVector.fromArray(SPECIES, dhNext, u)).intoArray(dh, at + u);
            }
            for (int l = transition.length - 1; l >= 0; l--) {
                layerBackward(p, transition, transitionIn, transitionDelta, l, t, dhNext, 0);
            }
        }
        return total;
    }

    /**
     * Softmax cross-entropy of one categorical column at one step, the logits {@code y[at + i * G ..]}
     * for {@code i < width}: {@code dy = (softmax_i - target_i) * scale}, 0 on padding lanes. Returns the
     * summed loss of the real lanes if {@code withLoss}, else 0.
     */
    private double softmaxDelta(float[] y, float[] dy, int at, int width, float scale, boolean withLoss, int valid) {
        for (int v = 0; v < G; v += V) {
            FloatVector max = FloatVector.fromArray(SPECIES, y, at + v);
            for (int i = 1; i < width; i++) {
                max = max.max(FloatVector.fromArray(SPECIES, y, at + i * G + v));
            }
            FloatVector sum = FloatVector.zero(SPECIES);
            for (int i = 0; i < width; i++) {
                FloatVector e = exp(FloatVector.fromArray(SPECIES, y, at + i * G + v).sub(max));
                e.intoArray(dy, at + i * G + v);
                sum = sum.add(e);
            }
            FloatVector inverse = broadcast(1f).div(sum);
            FloatVector masked = FloatVector.fromArray(SPECIES, mask, v).mul(scale);
            for (int i = 0; i < width; i++) {
                int o = at + i * G + v;
                FloatVector.fromArray(SPECIES, dy, o).mul(inverse).sub(FloatVector.fromArray(SPECIES, target, o))
                        .mul(masked).intoArray(dy, o);
            }
        }
        if (!withLoss) {
            return 0;
        }
        double total = 0;
        for (int m = 0; m < valid; m++) {
            int label = 0;
            for (int i = 0; i < width; i++) {
                logits[i] = y[at + i * G + m];
                label = target[at + i * G + m] > target[at + label * G + m] ? i : label;
            }
            total += Softmax.crossEntropy(logits, width, label);
        }
        return total;
    }

    /** {@link Softmax#exp} lane-wise, the same operations in the same order, so the same bits. */
    static FloatVector exp(FloatVector x) {
        FloatVector a = x.max(Softmax.LOWEST);
        FloatVector shifted = a.mul(Softmax.LOG2E).add(Softmax.ROUND);
        FloatVector k = shifted.sub(Softmax.ROUND);
        FloatVector r = a.sub(k.mul(Softmax.LN2_HI));
        r = r.sub(k.mul(Softmax.LN2_LO));
        FloatVector p = x.broadcast(Softmax.P0);
        p = p.mul(r).add(Softmax.P1);
        p = p.mul(r).add(Softmax.P2);
        p = p.mul(r).add(Softmax.P3);
        p = p.mul(r).add(Softmax.P4);
        p = p.mul(r).add(Softmax.P5);
        FloatVector e = p.mul(r.mul(r)).add(r).add(1f);
        IntVector bits = ((IntVector) shifted.reinterpretAsInts()).lanewise(VectorOperators.LSHL, 23).add(127 << 23);
        return e.mul(bits.reinterpretAsFloats());
    }

    /**
     * Propagates layer {@code l}'s delta at step {@code t} one layer down: into the delta of the layer
     * below, or, from the first layer, into the MLP's first {@code n} inputs at {@code into[intoAt ..]}.
     */
    private void layerBackward(float[] p, Layout.Layer[] layers, float[][] in, float[][] delta, int l, int t, float[] into,
            int intoAt) {
        Layout.Layer layer = layers[l];
        int deltaAt = t * layer.out() * G;
        for (int v = 0; v < G; v += V) {
            if (l > 0) {
                int belowAt = t * layer.in() * G + v;
                propagate(p, layer, delta[l], deltaAt + v, layer.in(), delta[l - 1], belowAt, in[l], belowAt);
            } else {
                propagate(p, layer, delta[l], deltaAt + v, n, into, intoAt + v, null, 0);
            }
        }
    }

    /**
     * {@code into_i = sum_j W_ji delta_j} for {@code i < inputs}, masked by the ReLU derivative
     * ({@code relu_i > 0}) when {@code relu} is given.
     */
    private static void propagate(float[] p, Layout.Layer layer, float[] delta, int deltaAt, int inputs, float[] into,
            int intoAt, float[] relu, int reluAt) {
        int in = layer.in();
        int out = layer.out();
        int w = layer.weights();
        int i = 0;
        for (; i + 3 < inputs; i += 4) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            for (int j = 0; j < out; j++) {
                FloatVector dj = FloatVector.fromArray(SPECIES, delta, deltaAt + j * G);
                int row = w + j * in + i;
                a0 = dj.fma(broadcast(p[row]), a0);
                a1 = dj.fma(broadcast(p[row + 1]), a1);
                a2 = dj.fma(broadcast(p[row + 2]), a2);
                a3 = dj.fma(broadcast(p[row + 3]), a3);
            }
            finish(a0, into, intoAt + i * G, relu, reluAt + i * G);
            finish(a1, into, intoAt + (i + 1) * G, relu, reluAt + (i + 1) * G);
            finish(a2, into, intoAt + (i + 2) * G, relu, reluAt + (i + 2) * G);
            finish(a3, into, intoAt + (i + 3) * G, relu, reluAt + (i + 3) * G);
        }
        for (; i < inputs; i++) {
            FloatVector a = FloatVector.zero(SPECIES);
            for (int j = 0; j < out; j++) {
                a = FloatVector.fromArray(SPECIES, delta, deltaAt + j * G).fma(broadcast(p[w + j * in + i]), a);
            }
            finish(a, into, intoAt + i * G, relu, reluAt + i * G);
        }
    }

    private static void finish(FloatVector value, float[] into, int at, float[] relu, int reluAt) {
        FloatVector v = value;
        if (relu != null) {
            // The ReLU's derivative: pass where its output is positive (as torch's threshold_backward).
            v = FloatVector.zero(SPECIES).blend(v, FloatVector.fromArray(SPECIES, relu, reluAt).compare(VectorOperators.GT, 0f));
        }
        v.intoArray(into, at);
    }

    /**
     * Adds {@code sum_t delta_j(t) x_i(t)} to each weight's lane gradient and {@code sum_t delta_j(t)} to
     * each bias's, four inputs at a time.
     */
    private void weightGradients(Layout.Layer[] layers, float[][] in, float[][] delta, int v) {
        for (int l = 0; l < layers.length; l++) {
            Layout.Layer layer = layers[l];
            int inputs = layer.in();
            int out = layer.out();
            float[] x = in[l];
            float[] d = delta[l];
            for (int j = 0; j < out; j++) {
                int gw = (layer.weights() + j * inputs) * G + v;
                int i = 0;
                for (; i + 3 < inputs; i += 4) {
                    FloatVector a0 = FloatVector.fromArray(SPECIES, laneGrad, gw + i * G);
                    FloatVector a1 = FloatVector.fromArray(SPECIES, laneGrad, gw + (i + 1) * G);
                    FloatVector a2 = FloatVector.fromArray(SPECIES, laneGrad, gw + (i + 2) * G);
                    FloatVector a3 = FloatVector.fromArray(SPECIES, laneGrad, gw + (i + 3) * G);
                    for (int t = 0; t < length; t++) {
                        FloatVector dj = FloatVector.fromArray(SPECIES, d, (t * out + j) * G + v);
                        int xAt = (t * inputs + i) * G + v;
                        a0 = dj.fma(FloatVector.fromArray(SPECIES, x, xAt), a0);
                        a1 = dj.fma(FloatVector.fromArray(SPECIES, x, xAt + G), a1);
                        a2 = dj.fma(FloatVector.fromArray(SPECIES, x, xAt + 2 * G), a2);
                        a3 = dj.fma(FloatVector.fromArray(SPECIES, x, xAt + 3 * G), a3);
                    }
                    a0.intoArray(laneGrad, gw + i * G);
                    a1.intoArray(laneGrad, gw + (i + 1) * G);
                    a2.intoArray(laneGrad, gw + (i + 2) * G);
                    a3.intoArray(laneGrad, gw + (i + 3) * G);
                }
                for (; i < inputs; i++) {
                    FloatVector a = FloatVector.fromArray(SPECIES, laneGrad, gw + i * G);
                    for (int t = 0; t < length; t++) {
                        a = FloatVector.fromArray(SPECIES, d, (t * out + j) * G + v)
                                .fma(FloatVector.fromArray(SPECIES, x, (t * inputs + i) * G + v), a);
                    }
                    a.intoArray(laneGrad, gw + i * G);
                }
                int gb = (layer.biases() + j) * G + v;
                FloatVector b = FloatVector.fromArray(SPECIES, laneGrad, gb);
                for (int t = 0; t < length; t++) {
                    b = b.add(FloatVector.fromArray(SPECIES, d, (t * out + j) * G + v));
                }
                b.intoArray(laneGrad, gb);
            }
        }
    }
}
