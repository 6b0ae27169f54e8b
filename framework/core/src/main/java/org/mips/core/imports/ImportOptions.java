package org.mips.core.imports;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;

/**
 * How to read a weight file as a network. Everything is optional: the format follows from the file's extension,
 * the layout, activation and readout from the file's metadata ({@code mips.layout}, {@code mips.activation},
 * {@code mips.readout-prefix}, as {@code tools/export_general_rnn.py} writes them) or from the tensors' names, the
 * architecture from their shapes, and the encodings are the paper's scalar ones.
 *
 * @param format         the importer's id, or empty to choose it by the file's extension
 * @param layout         {@code general-rnn}, {@code torch-rnn}, {@code mapped}, or empty to read it from the file
 * @param activation     the nonlinearity, or empty for the file's or the layout's default
 * @param readoutPrefix  the name of a {@code torch.nn.RNN}'s readout module, e.g. {@code fc}, or empty to find it
 * @param tensors        an explicit mapping from roles ({@code transition.0.weight}, {@code readout.1.bias}) to the
 *                       file's tensor names; given, the layout is {@code mapped}
 * @param architecture   the architecture the tensors must have, or empty to take theirs
 * @param inputEncoding  how the network was fed the task's inputs ({@code scalar}, {@code one-hot})
 * @param outputEncoding how its outputs are read ({@code scalar}, {@code categorical})
 */
public record ImportOptions(Optional<String> format, Optional<String> layout, Optional<Activation> activation,
        Optional<String> readoutPrefix, Map<String, String> tensors, Optional<Architecture> architecture, String inputEncoding,
        String outputEncoding) {

    public ImportOptions {
        tensors = Map.copyOf(new TreeMap<>(tensors));
    }

    /** Everything read from the file, scalar encodings. */
    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                "scalar", "scalar");
    }
}
