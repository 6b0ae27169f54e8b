package org.mips.core.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mips.spi.network.Activation;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/**
 * A one-layer {@code torch.nn.RNN} followed by a {@code torch.nn.Linear} readout (or an {@code nn.Sequential} of
 * them): {@code h_t = act(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)}, {@code y_t = W h_t + b}, {@code h_{-1} = 0}.
 *
 * <p>The paper's network has no activation on the hidden state itself, so the cell becomes a transition of two
 * layers: {@code [W_hh | W_ih]} with bias {@code b_ih + b_hh} (the hidden state first, as in a GeneralRNN), the
 * activation, then the identity. That is the same function, so nothing after import needs to know where the
 * network came from. The nonlinearity is not among an {@code nn.RNN}'s weights: it comes from the user, the file's
 * metadata, or PyTorch's default, tanh.
 */
final class TorchRnnLayout implements TensorLayout {

    static final String ID = "torch-rnn";
    static final String FIRST = "weight_ih_l0";
    private static final Pattern STACKED = Pattern.compile("(.*)\\.\\d+\\.(weight|bias)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Activation defaultActivation() {
        return Activation.TANH;
    }

    @Override
    public Optional<String> defaultActivationNote() {
        return Optional.of("an nn.RNN's nonlinearity is not among its weights and the file does not name it (mips.activation): "
                + "taken as PyTorch's default, tanh; give --activation relu for nonlinearity='relu'");
    }

    @Override
    public boolean takesReadoutPrefix() {
        return true;
    }

    @Override
    public AssembledLayers assemble(LayerReader reader, Activation activation, ImportOptions options, TensorFile file) {
        if (activation != Activation.TANH && activation != Activation.RELU) {
            throw new NetworkFormatException(reader.path(), null, "an nn.RNN's nonlinearity is tanh or relu, not "
                    + activation.name().toLowerCase(java.util.Locale.ROOT) + " (--activation or mips.activation)");
        }
        List<String> firsts = reader.endingWith(FIRST);
        if (firsts.size() != 1) {
            throw new NetworkFormatException(reader.path(), firsts.isEmpty() ? FIRST : firsts.get(1), firsts.isEmpty()
                    ? "missing: the torch-rnn layout's recurrence is an nn.RNN's weight_ih_l0 (the file has "
                            + LayerReader.sample(file.tensors().keySet()) + ")"
                    : "a second nn.RNN in the file, beside " + firsts.get(0) + "; map the tensors of one with --tensor ROLE=NAME");
        }
        String rnn = firsts.get(0).substring(0, firsts.get(0).length() - FIRST.length());
        for (String other : List.of(rnn + "weight_ih_l1", rnn + "weight_ih_l0_reverse")) {
            if (reader.has(other)) {
                throw reader.problem(other, other.endsWith("reverse") ? "a bidirectional nn.RNN, which reads the sequence backwards too; "
                        + "mips reads one direction" : "an nn.RNN of two or more layers; mips reads one layer (num_layers=1)");
            }
        }
        Tensor inputWeight = reader.take("transition.0.weight (input columns)", rnn + FIRST);
        Tensor hiddenWeight = reader.take("transition.0.weight (hidden columns)", rnn + "weight_hh_l0");
        if (hiddenWeight.rank() != 2 || hiddenWeight.dimension(0) != hiddenWeight.dimension(1) || hiddenWeight.dimension(0) == 0) {
            throw reader.problem(rnn + "weight_hh_l0", "is " + hiddenWeight.shapeText() + ", not a square matrix [hidden, hidden]"
                    + (hiddenWeight.rank() == 2 && hiddenWeight.dimension(0) > hiddenWeight.dimension(1)
                            ? ": an nn.LSTM or nn.GRU stacks its gates there; mips reads nn.RNN" : ""));
        }
        int n = hiddenWeight.dimension(0);
        if (inputWeight.rank() != 2 || inputWeight.dimension(0) != n || inputWeight.dimension(1) == 0) {
            throw reader.problem(rnn + FIRST, "is " + inputWeight.shapeText() + " but the hidden state has " + n + " values: it must be [" + n + ", inputs]");
        }
        int inputs = inputWeight.dimension(1);
        double[] bias = new double[n];
        List<String> notes = new ArrayList<>();
        int biases = 0;
        for (String name : List.of(rnn + "bias_ih_l0", rnn + "bias_hh_l0")) {
            Optional<Tensor> b = reader.takeIfPresent("transition.0.bias (" + (name.endsWith("ih_l0") ? "input" : "hidden") + " part)", name);
            if (b.isPresent()) {
                if (b.get().rank() != 1 || b.get().dimension(0) != n) {
                    throw reader.problem(name, "is " + b.get().shapeText() + " but the hidden state has " + n + " values");
                }
                biases++;
                for (int i = 0; i < n; i++) {
                    bias[i] += b.get().values()[i];
                }
            }
        }
        if (biases == 1) {
            throw reader.missing(reader.has(rnn + "bias_ih_l0") ? rnn + "bias_hh_l0" : rnn + "bias_ih_l0", "transition.0.bias");
        }
        double[] joined = new double[n * (n + inputs)];
        for (int r = 0; r < n; r++) {
            System.arraycopy(hiddenWeight.values(), r * n, joined, r * (n + inputs), n);
            System.arraycopy(inputWeight.values(), r * inputs, joined, r * (n + inputs) + n, inputs);
        }
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        List<DenseLayer> transition = List.of(new DenseLayer(n, n + inputs, joined, bias), new DenseLayer(n, n, identity, new double[n]));
        notes.add("the cell act(W_ih x + b_ih + W_hh h + b_hh) is the transition [W_hh | W_ih] with bias b_ih + b_hh, " + activation.name().toLowerCase(java.util.Locale.ROOT)
                + ", then the identity" + (biases == 0 ? " (no biases: bias=False)" : ""));
        String readout = readoutPrefix(reader, options, file);
        List<DenseLayer> layers = readout(reader, readout, n);
        if (layers.size() > 1 && activation != Activation.RELU) {
            throw reader.problem(readout + ".0.weight", "the readout has " + layers.size() + " layers, but a network here has one "
                    + "nonlinearity throughout: a " + activation.name().toLowerCase(java.util.Locale.ROOT) + " nn.RNN takes a one-layer readout");
        }
        return new AssembledLayers(transition, layers, activation, reader.roles(), notes);
    }

    /** The readout's name: given, in the file's metadata, or the one module among the tensors the cell did not take. */
    private static String readoutPrefix(LayerReader reader, ImportOptions options, TensorFile file) {
        Optional<String> named = options.readoutPrefix().or(() -> Optional.ofNullable(file.metadata().get(ImportMetadata.READOUT_PREFIX)));
        if (named.isPresent()) {
            return named.get().endsWith(".") ? named.get().substring(0, named.get().length() - 1) : named.get();
        }
        Set<String> modules = new LinkedHashSet<>();
        for (String name : reader.unused()) {
            Matcher stacked = STACKED.matcher(name);
            if (stacked.matches()) {
                modules.add(stacked.group(1));
            } else if (name.endsWith(".weight") || name.endsWith(".bias")) {
                modules.add(name.substring(0, name.lastIndexOf('.')));
            } else {
                throw reader.problem(name, "is not an nn.RNN's or an nn.Linear's; name the readout with --readout-prefix, or map the tensors with --tensor ROLE=NAME");
            }
        }
        if (modules.size() != 1) {
            throw new NetworkFormatException(reader.path(), null, modules.isEmpty() ? "no readout: an nn.RNN needs an nn.Linear after it (y_t = W h_t + b)"
                    : "cannot tell the readout among the modules " + String.join(", ", modules) + "; give --readout-prefix");
        }
        return modules.iterator().next();
    }

    /** {@code prefix.weight} and {@code prefix.bias}, or the linear layers of an nn.Sequential at {@code prefix.<i>}. */
    private static List<DenseLayer> readout(LayerReader reader, String prefix, int n) {
        if (reader.has(prefix + ".weight")) {
            return List.of(reader.linear("readout.0", prefix + ".weight", prefix + ".bias", false, n, "the hidden state"));
        }
        List<Integer> indices = reader.indices(prefix + ".");
        if (indices.isEmpty()) {
            throw reader.missing(prefix + ".weight", "readout.0");
        }
        List<DenseLayer> layers = new ArrayList<>();
        int width = n;
        String from = "the hidden state";
        for (int i = 0; i < indices.size(); i++) {
            String weight = prefix + "." + indices.get(i) + ".weight";
            DenseLayer layer = reader.linear("readout." + i, weight, prefix + "." + indices.get(i) + ".bias", false, width, from);
            layers.add(layer);
            width = layer.rows();
            from = "the layer before it (" + weight + ")";
        }
        return layers;
    }
}
