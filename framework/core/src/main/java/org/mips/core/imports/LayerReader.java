package org.mips.core.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/**
 * Reads linear layers out of a file's tensors in PyTorch's convention ({@code weight} of shape {@code [out, in]},
 * {@code bias} of shape {@code [out]}), remembering which tensor gave each role, so that a layout can end by
 * refusing the tensors it did not use. Every problem names the file and the tensor.
 */
final class LayerReader {

    private final TensorFile file;
    private final Path path;
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final TreeSet<String> used = new TreeSet<>();

    LayerReader(TensorFile file, Path path) {
        this.file = file;
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean has(String name) {
        return file.tensors().containsKey(name);
    }

    /** The names of the file's tensors that no role has taken yet, sorted. */
    List<String> unused() {
        return file.tensors().keySet().stream().filter(name -> !used.contains(name)).sorted().toList();
    }

    /** The names that end with {@code suffix}, sorted. */
    List<String> endingWith(String suffix) {
        return file.tensors().keySet().stream().filter(name -> name.endsWith(suffix)).sorted().toList();
    }

    /** The indices {@code i} of the tensors named {@code prefix + i + ".weight"}, ascending. */
    List<Integer> indices(String prefix) {
        // At most nine digits: an index no int holds is no layer of any network, so its tensor is left unused and named as such.
        Pattern pattern = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,9})\\.(weight|bias)");
        TreeSet<Integer> found = new TreeSet<>();
        for (String name : file.tensors().keySet()) {
            Matcher matcher = pattern.matcher(name);
            if (matcher.matches()) {
                found.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return new ArrayList<>(found);
    }

    /** The tensor, taken for {@code role}. */
    Tensor take(String role, String name) {
        Tensor tensor = file.tensors().get(name);
        if (tensor == null) {
            throw missing(name, role);
        }
        used.add(name);
        roles.put(role, name + " " + tensor.shapeText());
        return tensor;
    }

    /** The tensor if the file has it, taken for {@code role}. */
    Optional<Tensor> takeIfPresent(String role, String name) {
        return has(name) ? Optional.of(take(role, name)) : Optional.empty();
    }

    /**
     * A linear layer from {@code weight} (and {@code bias}, or a zero bias where the file has none, as with
     * {@code bias=False}), whose input must have {@code inputs} values when that is known (else -1).
     */
    DenseLayer linear(String role, String weightName, String biasName, boolean biasRequired, int inputs, String inputsFrom) {
        Tensor weight = take(role + ".weight", weightName);
        if (weight.rank() != 2) {
            throw problem(weightName, "is " + weight.shapeText() + ", not a matrix [out, in] as a linear layer's weight is");
        }
        int rows = weight.dimension(0);
        int cols = weight.dimension(1);
        if (rows == 0 || cols == 0) {
            throw problem(weightName, "is " + weight.shapeText() + ": an empty layer");
        }
        if (inputs >= 0 && cols != inputs) {
            throw problem(weightName, "is " + weight.shapeText() + " and reads " + cols + " values, but " + inputsFrom + " gives " + inputs);
        }
        double[] bias = new double[rows];
        Optional<Tensor> given = biasRequired ? Optional.of(take(role + ".bias", biasName)) : takeIfPresent(role + ".bias", biasName);
        if (given.isPresent()) {
            Tensor b = given.get();
            if (b.rank() != 1 || b.dimension(0) != rows) {
                throw problem(biasName, "is " + b.shapeText() + " but its weight " + weightName + " " + weight.shapeText() + " needs [" + rows + "]");
            }
            bias = b.values();
        }
        return new DenseLayer(rows, cols, weight.values(), bias);
    }

    /** Which tensor gave each role, in the order they were taken. */
    Map<String, String> roles() {
        return roles;
    }

    NetworkFormatException problem(String tensor, String what) {
        return new NetworkFormatException(path, tensor, what);
    }

    NetworkFormatException missing(String name, String role) {
        return new NetworkFormatException(path, name, "missing (it would be " + role + "); the file has " + sample(file.tensors().keySet()));
    }

    /** At most six names, for a message. */
    static String sample(java.util.Collection<String> names) {
        List<String> sorted = names.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(6, sorted.size())));
        return sorted.isEmpty() ? "no tensors" : shown + (sorted.size() > 6 ? " and " + (sorted.size() - 6) + " more" : "");
    }
}
