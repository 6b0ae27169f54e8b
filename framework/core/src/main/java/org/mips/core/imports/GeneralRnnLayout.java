package org.mips.core.imports;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.network.Activation;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.TensorFile;

/**
 * The paper's {@code GeneralRNN} as its authors' code names it (reference section 2.1): {@code hmlp.mlp.{0,2,4,…}}
 * for the transition over {@code (h_{t-1}, x_t)}, hidden state first, and {@code ymlp.mlp.{0,2,…}} for the readout,
 * each an {@code nn.Sequential} whose odd indices are the activations and hold no tensors. Whatever precedes
 * {@code hmlp.} (a wrapper's {@code model.}) is dropped, and must be the same for every tensor.
 */
final class GeneralRnnLayout implements TensorLayout {

    static final String ID = "general-rnn";
    static final String FIRST = "hmlp.mlp.0.weight";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Activation defaultActivation() {
        return Activation.RELU;
    }

    @Override
    public AssembledLayers assemble(LayerReader reader, Activation activation, ImportOptions options, TensorFile file) {
        List<String> firsts = reader.endingWith(FIRST);
        if (firsts.size() != 1) {
            throw new NetworkFormatException(reader.path(), firsts.isEmpty() ? FIRST : firsts.get(1), firsts.isEmpty()
                    ? "missing: the general-rnn layout's transition starts there (the file has " + LayerReader.sample(file.tensors().keySet()) + ")"
                    : "a second GeneralRNN in the file, beside " + firsts.get(0) + "; map the tensors of one with --tensor ROLE=NAME");
        }
        String prefix = firsts.get(0).substring(0, firsts.get(0).length() - FIRST.length());
        List<DenseLayer> transition = stack(reader, prefix + "hmlp.mlp.", "transition", -1, null);
        int n = transition.get(transition.size() - 1).rows();
        List<DenseLayer> readout = stack(reader, prefix + "ymlp.mlp.", "readout", n, "the hidden state");
        return new AssembledLayers(transition, readout, activation, reader.roles(),
                prefix.isEmpty() ? List.of() : List.of("the prefix '" + prefix + "' was dropped from every name"));
    }

    /** The linear layers at {@code prefix + 0, 2, 4, …}: one per even index, none elsewhere, in order. */
    private static List<DenseLayer> stack(LayerReader reader, String prefix, String role, int inputs, String inputsFrom) {
        List<Integer> indices = reader.indices(prefix);
        if (indices.isEmpty()) {
            throw reader.missing(prefix + "0.weight", role + ".0");
        }
        List<DenseLayer> layers = new ArrayList<>();
        int width = inputs;
        String from = inputsFrom;
        for (int i = 0; i < indices.size(); i++) {
            int index = indices.get(i);
            if (index != 2 * i) {
                String name = prefix + index + (reader.has(prefix + index + ".weight") ? ".weight" : ".bias");
                throw reader.problem(name, "a GeneralRNN's linear layers sit at the even indices 0, 2, 4, … of its nn.Sequential, "
                        + "one after another (the odd ones are activations), but this one is at " + index + " after " + indices.subList(0, i));
            }
            String weight = prefix + index + ".weight";
            DenseLayer layer = reader.linear(role + "." + i, weight, prefix + index + ".bias", true, width, from);
            layers.add(layer);
            width = layer.rows();
            from = "the layer before it (" + weight + ")";
        }
        return layers;
    }
}
