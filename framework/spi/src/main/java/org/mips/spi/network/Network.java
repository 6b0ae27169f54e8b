package org.mips.spi.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.mips.spi.encode.Encodings;

/**
 * A trained GeneralRNN (reference section 2.1): {@code h_t = f([h_{t-1}; x_t])}, {@code y_t = g(h_t)},
 * {@code h_{-1} = 0}. {@code f} and {@code g} are MLPs whose linear layers alternate with the
 * architecture's activation, which sits only between layers (none on the hidden state itself).
 * The hidden state comes first in the concatenation. How the task's integers become {@code x_t} and how
 * {@code y_t} is read back are the network's {@link Encodings}: raw numbers in the paper's setup, or
 * one-hot inputs and categorical outputs, say. {@link #inputDim()} and {@link #outputDim()} count the
 * network's own inputs and outputs (a one-hot column of ten symbols is ten inputs); {@link #run},
 * {@link #advance} and {@link #read} speak in the task's columns.
 *
 * <p>Schema 1 had no encodings and reads as the paper's scalar setup.
 */
public record Network(
        @JsonProperty("schemaVersion") Integer schemaVersion,
        @JsonProperty(value = "architecture", required = true) Architecture architecture,
        @JsonProperty(value = "inputDim", required = true) int inputDim,
        @JsonProperty(value = "outputDim", required = true) int outputDim,
        @JsonProperty(value = "transition", required = true) List<DenseLayer> transition,
        @JsonProperty(value = "readout", required = true) List<DenseLayer> readout,
        @JsonProperty("encodings") Encodings encodings) {

    public static final int SCHEMA_VERSION = 2;

    public Network {
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        if (schemaVersion != SCHEMA_VERSION && schemaVersion != 1) {
            throw new IllegalArgumentException("unsupported network schemaVersion " + schemaVersion);
        }
        schemaVersion = SCHEMA_VERSION;
        Objects.requireNonNull(architecture, "network: missing 'architecture'");
        encodings = encodings == null ? Encodings.scalar(inputDim, outputDim) : encodings;
        if (encodings.inputWidth() != inputDim || encodings.outputWidth() != outputDim) {
            throw new IllegalArgumentException("the encodings take " + encodings.inputWidth() + " inputs and give "
                    + encodings.outputWidth() + " outputs, but the network has " + inputDim + " and " + outputDim);
        }
        transition = List.copyOf(transition);
        readout = List.copyOf(readout);
        int n = architecture.hiddenDim();
        checkShapes("transition", transition, architecture.transitionDepth(), n + inputDim,
                architecture.transitionWidth(), n);
        checkShapes("readout", readout, architecture.readoutDepth(), n, architecture.readoutWidth(), outputDim);
    }

    /** A network in the paper's scalar setup. */
    public Network(Architecture architecture, int inputDim, int outputDim, List<DenseLayer> transition,
            List<DenseLayer> readout) {
        this(SCHEMA_VERSION, architecture, inputDim, outputDim, transition, readout, null);
    }

    /** A network with these encodings; its input and output widths are theirs. */
    public Network(Architecture architecture, Encodings encodings, List<DenseLayer> transition, List<DenseLayer> readout) {
        this(SCHEMA_VERSION, architecture, encodings.inputWidth(), encodings.outputWidth(), transition, readout, encodings);
    }

    /** The same network with other weights, e.g. after a normalizer. */
    public Network withLayers(List<DenseLayer> newTransition, List<DenseLayer> newReadout) {
        return new Network(SCHEMA_VERSION, architecture, inputDim, outputDim, newTransition, newReadout, encodings);
    }

    /** The task's input columns. */
    public int taskInputs() {
        return encodings.inputs().size();
    }

    /** The task's output columns. */
    public int taskOutputs() {
        return encodings.outputs().size();
    }

    public int hiddenDim() {
        return architecture.hiddenDim();
    }

    /** {@code h_t = f([h; x])}. */
    public double[] step(double[] h, double[] x) {
        double[] z = new double[h.length + x.length];
        System.arraycopy(h, 0, z, 0, h.length);
        System.arraycopy(x, 0, z, h.length, x.length);
        return mlp(transition, z);
    }

    /** {@code h_t = f([h; x])} for the task's input {@code x}, encoded. */
    public double[] advance(double[] h, long[] x) {
        return step(h, encodings.encode(x));
    }

    /** {@code y_t = g(h_t)}: the network's own outputs (the logits of a categorical column). */
    public double[] output(double[] h) {
        return mlp(readout, h);
    }

    /**
     * The task's outputs read from {@code h}: per output column a real number (scalar: round it half to
     * even) or a value (categorical: the value of the largest logit).
     */
    public double[] read(double[] h) {
        return encodings.read(output(h));
    }

    /** The task's outputs {@code y[t][k]} (as {@link #read}) for one input sequence {@code x[t][i]}. */
    public double[][] run(long[][] x) {
        double[] h = new double[hiddenDim()];
        double[][] y = new double[x.length][];
        for (int t = 0; t < x.length; t++) {
            h = advance(h, x[t]);
            y[t] = read(h);
        }
        return y;
    }

    private double[] mlp(List<DenseLayer> layers, double[] in) {
        double[] current = in;
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            double[] out = new double[layer.rows()];
            layer.apply(current, out);
            if (l < layers.size() - 1) {
                for (int r = 0; r < out.length; r++) {
                    out[r] = architecture.activation().apply(out[r]);
                }
            }
            current = out;
        }
        return current;
    }

    private static void checkShapes(String name, List<DenseLayer> layers, int depth, int in, int width, int out) {
        if (layers.size() != depth) {
            throw new IllegalArgumentException(name + " has " + layers.size() + " layers but the architecture says " + depth);
        }
        for (int l = 0; l < depth; l++) {
            int cols = l == 0 ? in : width;
            int rows = l == depth - 1 ? out : width;
            DenseLayer layer = layers.get(l);
            if (layer.rows() != rows || layer.cols() != cols) {
                throw new IllegalArgumentException(name + " layer " + l + " is " + layer.rows() + " x "
                        + layer.cols() + " but the architecture needs " + rows + " x " + cols);
            }
        }
    }
}
