package org.mips.spi.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A trained GeneralRNN (reference section 2.1): {@code h_t = f([h_{t-1}; x_t])}, {@code y_t = g(h_t)},
 * {@code h_{-1} = 0}. {@code f} and {@code g} are MLPs whose linear layers alternate with the
 * architecture's activation, which sits only between layers (none on the hidden state itself).
 * Inputs are fed as raw numbers; the hidden state comes first in the concatenation.
 */
public record Network(
        @JsonProperty("schemaVersion") Integer schemaVersion,
        @JsonProperty(value = "architecture", required = true) Architecture architecture,
        @JsonProperty(value = "inputDim", required = true) int inputDim,
        @JsonProperty(value = "outputDim", required = true) int outputDim,
        @JsonProperty(value = "transition", required = true) List<DenseLayer> transition,
        @JsonProperty(value = "readout", required = true) List<DenseLayer> readout) {

    public static final int SCHEMA_VERSION = 1;

    public Network {
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported network schemaVersion " + schemaVersion);
        }
        Objects.requireNonNull(architecture, "network: missing 'architecture'");
        transition = List.copyOf(transition);
        readout = List.copyOf(readout);
        int n = architecture.hiddenDim();
        checkShapes("transition", transition, architecture.transitionDepth(), n + inputDim,
                architecture.transitionWidth(), n);
        checkShapes("readout", readout, architecture.readoutDepth(), n, architecture.readoutWidth(), outputDim);
    }

    public Network(Architecture architecture, int inputDim, int outputDim, List<DenseLayer> transition,
            List<DenseLayer> readout) {
        this(SCHEMA_VERSION, architecture, inputDim, outputDim, transition, readout);
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

    /** {@code y_t = g(h_t)}. */
    public double[] output(double[] h) {
        return mlp(readout, h);
    }

    /** The real-valued outputs {@code y[t][k]} for one input sequence {@code x[t][i]}. */
    public double[][] run(long[][] x) {
        double[] h = new double[hiddenDim()];
        double[][] y = new double[x.length][];
        double[] xt = new double[inputDim];
        for (int t = 0; t < x.length; t++) {
            for (int i = 0; i < inputDim; i++) {
                xt[i] = x[t][i];
            }
            h = step(h, xt);
            y[t] = output(h);
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
