package org.mips.spi.network;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link NetworkImporter} reads from a weight file: its tensors by name, and the string metadata the
 * file carries (safetensors' {@code __metadata__}), which may name how the tensors make a network
 * ({@code mips.layout}, {@code mips.activation}, ...).
 *
 * @param tensors  every tensor of the file, by name, sorted
 * @param metadata the file's free-form metadata, sorted; empty when it has none
 */
public record TensorFile(Map<String, Tensor> tensors, Map<String, String> metadata) {

    public TensorFile {
        tensors = Map.copyOf(new TreeMap<>(tensors));
        metadata = Map.copyOf(new TreeMap<>(metadata));
    }
}
