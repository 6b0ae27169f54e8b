package org.mips.core.imports;

import java.util.List;
import java.util.Map;
import org.mips.spi.network.Activation;
import org.mips.spi.network.DenseLayer;

/**
 * The linear layers a {@link TensorLayout} found, before they are checked against an architecture and a task.
 *
 * @param transition the transition MLP's layers over {@code [h; x]}, first to last
 * @param readout    the readout MLP's layers over {@code h}
 * @param activation the nonlinearity between layers
 * @param roles      which tensor each role came from ({@code transition.0.weight -> hmlp.mlp.0.weight [8, 3]}), in order
 * @param notes      what the layout assumed or built, for the import's record
 */
record AssembledLayers(List<DenseLayer> transition, List<DenseLayer> readout, Activation activation, Map<String, String> roles,
        List<String> notes) {

    AssembledLayers {
        transition = List.copyOf(transition);
        readout = List.copyOf(readout);
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        notes = List.copyOf(notes);
    }
}
