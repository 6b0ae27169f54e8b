package org.mips.core.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mips.spi.network.Activation;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.TensorFile;

/**
 * How a file's named tensors make the paper's network: which tensors are the transition's and the readout's
 * linear layers. The same for every format, so an importer only decodes its container.
 */
sealed interface TensorLayout permits GeneralRnnLayout, TorchRnnLayout, MappedLayout {

    /** The layouts a user can name. */
    List<String> IDS = List.of(GeneralRnnLayout.ID, TorchRnnLayout.ID, MappedLayout.ID);

    String id();

    /** The nonlinearity when neither the user nor the file names one. */
    Activation defaultActivation();

    /** Why the default was taken, when the weights cannot say (an {@code nn.RNN} keeps its nonlinearity out of them). */
    default Optional<String> defaultActivationNote() {
        return Optional.empty();
    }

    /** Whether the layout reads {@code --readout-prefix} (the readout module beside an {@code nn.RNN}); the others refuse it. */
    default boolean takesReadoutPrefix() {
        return false;
    }

    /**
     * The layers, taking every tensor they use from {@code reader}.
     *
     * @throws NetworkFormatException naming the file and the tensor that is missing or does not fit
     */
    AssembledLayers assemble(LayerReader reader, Activation activation, ImportOptions options, TensorFile file);

    /** The layout named {@code id}. */
    static TensorLayout named(String id, Path file, String source) {
        return switch (id) {
            case GeneralRnnLayout.ID -> new GeneralRnnLayout();
            case TorchRnnLayout.ID -> new TorchRnnLayout();
            case MappedLayout.ID -> new MappedLayout();
            default -> throw new NetworkFormatException(file, null, source + " names layout '" + id + "'; the layouts are "
                    + String.join(", ", IDS));
        };
    }

    /** The layout the tensors' names show: a GeneralRNN's {@code hmlp.mlp.0.weight} or an {@code nn.RNN}'s {@code weight_ih_l0}. */
    static TensorLayout inferred(TensorFile tensors, Path file) {
        boolean general = tensors.tensors().keySet().stream().anyMatch(name -> name.endsWith(GeneralRnnLayout.FIRST));
        boolean torch = tensors.tensors().keySet().stream().anyMatch(name -> name.endsWith(TorchRnnLayout.FIRST));
        if (general == torch) {
            throw new NetworkFormatException(file, null, (general ? "its tensors look like both a GeneralRNN and an nn.RNN"
                    : "no tensor named like a GeneralRNN's hmlp.mlp.0.weight or an nn.RNN's weight_ih_l0") + " (it has "
                    + LayerReader.sample(tensors.tensors().keySet()) + "); give --layout, or map the tensors with --tensor ROLE=NAME");
        }
        return general ? new GeneralRnnLayout() : new TorchRnnLayout();
    }
}
