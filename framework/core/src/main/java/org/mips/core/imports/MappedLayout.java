package org.mips.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mips.spi.network.Activation;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.TensorFile;

/**
 * The user names each layer's tensors ({@code --tensor transition.0.weight=cell.w1 …}): for networks of the
 * paper's shape saved under other names. Layers are numbered from 0 in each MLP, weights are {@code [out, in]}
 * as in PyTorch, and a layer without a bias has a zero one.
 */
final class MappedLayout implements TensorLayout {

    static final String ID = "mapped";
    private static final Pattern ROLE = Pattern.compile("(transition|readout)\\.(\\d{1,9})\\.(weight|bias)");

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
        Map<String, String> mapping = options.tensors();
        for (String role : mapping.keySet()) {
            if (!ROLE.matcher(role).matches()) {
                throw new NetworkFormatException(reader.path(), null, "--tensor " + role + "=" + mapping.get(role)
                        + ": the roles are transition.K.weight, transition.K.bias, readout.K.weight and readout.K.bias, K from 0");
            }
        }
        List<DenseLayer> transition = mlp(reader, mapping, "transition", -1, null);
        List<DenseLayer> readout = mlp(reader, mapping, "readout", transition.get(transition.size() - 1).rows(), "the hidden state");
        return new AssembledLayers(transition, readout, activation, reader.roles(), List.of());
    }

    private static List<DenseLayer> mlp(LayerReader reader, Map<String, String> mapping, String side, int inputs, String inputsFrom) {
        TreeSet<Integer> indices = new TreeSet<>();
        for (String role : mapping.keySet()) {
            Matcher matcher = ROLE.matcher(role);
            if (matcher.matches() && matcher.group(1).equals(side)) {
                indices.add(Integer.parseInt(matcher.group(2)));
            }
        }
        if (indices.isEmpty() || indices.last() != indices.size() - 1) {
            throw new NetworkFormatException(reader.path(), null, "--tensor: the " + side + "'s layers must be numbered 0, 1, … with none left out, "
                    + "each with its weight; given " + (indices.isEmpty() ? "none" : indices.toString()));
        }
        List<DenseLayer> layers = new ArrayList<>();
        int width = inputs;
        String from = inputsFrom;
        for (int k : indices) {
            String weight = mapping.get(side + "." + k + ".weight");
            if (weight == null) {
                throw new NetworkFormatException(reader.path(), null, "--tensor: " + side + "." + k + ".bias is given but not " + side + "." + k + ".weight");
            }
            String bias = mapping.get(side + "." + k + ".bias");
            DenseLayer layer = reader.linear(side + "." + k, weight, bias == null ? weight + " (no bias)" : bias, false, width, from);
            layers.add(layer);
            width = layer.rows();
            from = "the layer before it (" + weight + ")";
        }
        return layers;
    }
}
