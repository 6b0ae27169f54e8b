package org.mips.backend.cpu;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;

/**
 * Where each layer's weights and biases live in one flat parameter vector: the transition layers,
 * then the readout layers, each as its row-major weights followed by its biases (the order PyTorch
 * initialises them in). The network's input and output widths are those of its {@link Encodings}
 * (a one-hot column of ten symbols is ten inputs), so the kernels never see the task's columns except
 * through {@link #outputs}, which tells them which loss each output takes.
 */
final class Layout {

    /** One linear layer: {@code out = W in + b}, W at {@code weights}, b at {@code biases}. */
    record Layer(int in, int out, int weights, int biases) {
    }

    final Architecture architecture;
    final Encodings encodings;
    final OutputColumns outputs;
    /** Network inputs and outputs: the encoded widths. */
    final int inputDim;
    final int outputDim;
    final int hidden;
    final Layer[] transition;
    final Layer[] readout;
    final int size;

    /** The paper's scalar setup: {@code inputDim} raw inputs, {@code outputDim} real outputs. */
    Layout(Architecture architecture, int inputDim, int outputDim) {
        this(architecture, Encodings.scalar(inputDim, outputDim));
    }

    Layout(Architecture architecture, Encodings encodings) {
        this.architecture = architecture;
        this.encodings = encodings;
        this.outputs = new OutputColumns(encodings.outputs());
        this.inputDim = encodings.inputWidth();
        this.outputDim = encodings.outputWidth();
        this.hidden = architecture.hiddenDim();
        int[] offset = {0};
        this.transition = layers(architecture.transitionDepth(), hidden + inputDim, architecture.transitionWidth(), hidden, offset);
        this.readout = layers(architecture.readoutDepth(), hidden, architecture.readoutWidth(), outputDim, offset);
        this.size = offset[0];
    }

    private static Layer[] layers(int depth, int in, int width, int out, int[] offset) {
        Layer[] layers = new Layer[depth];
        for (int l = 0; l < depth; l++) {
            int cols = l == 0 ? in : width;
            int rows = l == depth - 1 ? out : width;
            layers[l] = new Layer(cols, rows, offset[0], offset[0] + rows * cols);
            offset[0] += rows * cols + rows;
        }
        return layers;
    }

    /** The widest layer output, for scratch buffers. */
    int widest() {
        int widest = hidden + inputDim;
        for (Layer layer : transition) {
            widest = Math.max(widest, Math.max(layer.in, layer.out));
        }
        for (Layer layer : readout) {
            widest = Math.max(widest, Math.max(layer.in, layer.out));
        }
        return widest;
    }

    Network toNetwork(double[] params) {
        return new Network(architecture, encodings, dense(transition, params), dense(readout, params));
    }

    private static List<DenseLayer> dense(Layer[] layers, double[] params) {
        List<DenseLayer> dense = new ArrayList<>();
        for (Layer layer : layers) {
            double[] w = new double[layer.out * layer.in];
            double[] b = new double[layer.out];
            System.arraycopy(params, layer.weights, w, 0, w.length);
            System.arraycopy(params, layer.biases, b, 0, b.length);
            dense.add(new DenseLayer(layer.out, layer.in, w, b));
        }
        return dense;
    }

    double[] fromNetwork(Network network) {
        double[] params = new double[size];
        copy(network.transition(), transition, params);
        copy(network.readout(), readout, params);
        return params;
    }

    private static void copy(List<DenseLayer> dense, Layer[] layers, double[] params) {
        for (int l = 0; l < layers.length; l++) {
            System.arraycopy(dense.get(l).weights(), 0, params, layers[l].weights, layers[l].out * layers[l].in);
            System.arraycopy(dense.get(l).bias(), 0, params, layers[l].biases, layers[l].out);
        }
    }
}
