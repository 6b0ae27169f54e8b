package org.mips.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/**
 * Weight files the network importer contract writes and reads back: the tensors of the paper's GeneralRNN, of a
 * {@code torch.nn.RNN} with a linear readout, and a few odd ones (a scalar, a single value), with metadata of a couple
 * of entries or none. Every value is exactly representable in float32, so a format that stores F32 must return them
 * bit for bit; they are not round numbers, so a reader that decodes bytes in the wrong order or at the wrong offset
 * shows.
 */
public final class ContractTensorFiles {

    /** One sample: a name for the test and the content to write. */
    public record Case(String name, TensorFile content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final long SEED = 20_260_412L;

    private ContractTensorFiles() {
    }

    /** All samples, built afresh on every call. */
    public static List<Case> all() {
        return List.of(generalRnn(), torchRnn(), odd());
    }

    /**
     * A GeneralRNN with hidden dimension 2, one input, a transition of two layers of width 4 and a linear readout, as
     * its authors' code names the tensors, with {@code mips.*} metadata.
     */
    public static Case generalRnn() {
        Random random = new Random(SEED);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        put(tensors, "hmlp.mlp.0.weight", new int[] {4, 3}, random);
        put(tensors, "hmlp.mlp.0.bias", new int[] {4}, random);
        put(tensors, "hmlp.mlp.2.weight", new int[] {2, 4}, random);
        put(tensors, "hmlp.mlp.2.bias", new int[] {2}, random);
        put(tensors, "ymlp.mlp.0.weight", new int[] {1, 2}, random);
        put(tensors, "ymlp.mlp.0.bias", new int[] {1}, random);
        return new Case("general-rnn", new TensorFile(tensors, Map.of("mips.layout", "general-rnn", "mips.activation", "relu")));
    }

    /** A {@code torch.nn.RNN} of 3 hidden units on one input and an {@code nn.Linear} readout; no metadata. */
    public static Case torchRnn() {
        Random random = new Random(SEED + 1);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        put(tensors, "rnn.weight_ih_l0", new int[] {3, 1}, random);
        put(tensors, "rnn.weight_hh_l0", new int[] {3, 3}, random);
        put(tensors, "rnn.bias_ih_l0", new int[] {3}, random);
        put(tensors, "rnn.bias_hh_l0", new int[] {3}, random);
        put(tensors, "fc.weight", new int[] {1, 3}, random);
        put(tensors, "fc.bias", new int[] {1}, random);
        return new Case("torch-rnn, no metadata", new TensorFile(tensors, Map.of()));
    }

    /**
     * A scalar (shape {@code []}), a single value, and values at float32's edges (the largest and the smallest normal,
     * a negative zero, a third rounded to float32), with metadata holding non-ASCII text.
     */
    public static Case odd() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("scale", new Tensor("scale", new int[] {}, new double[] {(float) 0.1}));
        tensors.put("one", new Tensor("one", new int[] {1}, new double[] {-3.75}));
        tensors.put("edges", new Tensor("edges", new int[] {2, 3},
                new double[] {Float.MAX_VALUE, -Float.MIN_NORMAL, -0.0, (float) (1.0 / 3), 1e-3f, 12345.678f}));
        return new Case("scalar and edges, non-ASCII metadata",
                new TensorFile(tensors, Map.of("note", "h\u2080 = 0, \u03bb \u2264 1", "format", "pt")));
    }

    /** A tensor of {@code shape} with pseudo-random float32 values in about (-2, 2). */
    private static void put(Map<String, Tensor> tensors, String name, int[] shape, Random random) {
        int size = 1;
        for (int dimension : shape) {
            size *= dimension;
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) (random.nextGaussian() * 0.8);
        }
        tensors.put(name, new Tensor(name, shape, values));
    }
}
