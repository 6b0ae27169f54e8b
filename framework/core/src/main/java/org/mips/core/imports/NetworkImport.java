package org.mips.core.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.mips.core.encode.Columns;
import org.mips.core.encode.EncodingChoice;
import org.mips.core.io.FileDigest;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.StandardArtifacts;
import org.mips.spi.Components;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.DenseLayer;
import org.mips.spi.network.Network;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/**
 * Opens a network trained elsewhere: an installed {@link NetworkImporter} decodes the file into named tensors, a
 * {@link TensorLayout} makes them the paper's layers, the architecture is read off their shapes and checked against
 * the one asked for and against the task's columns, and the network is measured on the task's whole test split.
 * Every problem with the file is one {@link NetworkFormatException} naming the file and the tensor.
 */
public final class NetworkImport {

    private final Components components;

    public NetworkImport(Components components) {
        this.components = components;
    }

    /**
     * Reads {@code file} as a network for {@code task}.
     *
     * @param data the task's data, asked for only once the file has been read: its columns fix the encodings' widths, its test split
     *     measures the network
     * @throws NetworkFormatException when the file cannot be read or its tensors do not make a network for the task
     */
    public ImportedNetwork read(Path file, ImportOptions options, Task task, Supplier<Dataset> data) {
        if (!Files.isRegularFile(file)) {
            throw new NetworkFormatException(file, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        NetworkImporter importer = importer(file, options);
        TensorFile tensors = importer.read(file);
        tensors.tensors().values().forEach(tensor -> checkFinite(file, tensor));
        TensorLayout layout = layout(file, options, tensors);
        if (options.readoutPrefix().isPresent() && !layout.takesReadoutPrefix()) {
            throw new NetworkFormatException(file, null, "--readout-prefix names an nn.RNN's readout; the " + layout.id() + " layout does not take it");
        }
        List<String> notes = new ArrayList<>();
        Activation activation = activation(file, options, tensors, layout, notes);
        LayerReader reader = new LayerReader(tensors, file);
        AssembledLayers layers = layout.assemble(reader, activation, options, tensors);
        notes.addAll(layers.notes());
        List<String> unused = reader.unused();
        if (!unused.isEmpty()) {
            throw reader.problem(unused.get(0), "is not part of the " + layout.id() + " network (it takes "
                    + LayerReader.sample(layers.roles().values().stream().map(role -> role.substring(0, role.indexOf(' '))).toList())
                    + "): a file must hold one network and nothing else"
                    + (unused.size() > 1 ? " (" + (unused.size() - 1) + " more unused)" : "") + "; map the tensors with --tensor ROLE=NAME to choose");
        }
        Architecture architecture = architecture(reader, layers);
        options.architecture().ifPresent(asked -> {
            if (!asked.toText().equals(architecture.toText())) {
                throw new NetworkFormatException(file, null, "--arch " + asked.toText() + " does not fit the tensors, which make "
                        + architecture.toText() + " (" + LayerReader.sample(layers.roles().values()) + ")");
            }
        });
        Dataset dataset = data.get();
        Encodings encodings = new EncodingChoice(components).named(options.inputEncoding(), options.outputEncoding(), Columns.inputs(dataset),
                Columns.outputs(task, dataset));
        int inputs = layers.transition().get(0).cols() - architecture.hiddenDim();
        if (inputs != encodings.inputWidth()) {
            throw reader.problem(tensorOf(layers, "transition."), "reads " + inputs + " input" + (inputs == 1 ? "" : "s") + " beside the hidden state's "
                    + architecture.hiddenDim() + ", but " + task.id() + "'s " + encodings.inputs().size() + " input column(s) make "
                    + encodings.inputWidth() + " with " + options.inputEncoding() + " inputs");
        }
        int outputs = layers.readout().get(layers.readout().size() - 1).rows();
        if (outputs != encodings.outputWidth()) {
            throw reader.problem(lastWeight(layers), "writes " + outputs + " output" + (outputs == 1 ? "" : "s") + ", but " + task.id()
                    + "'s " + encodings.outputs().size() + " output column(s) need " + encodings.outputWidth() + " with "
                    + options.outputEncoding() + " outputs");
        }
        Network network = new Network(architecture, encodings, layers.transition(), layers.readout());
        NetworkMetrics metrics = measure(file, network, dataset);
        ImportRecord record = new ImportRecord(file.toString(), FileDigest.sha256(file), importer.id(), layout.id(),
                activation.name().toLowerCase(Locale.ROOT), architecture.toText(), encodings.describe(), layers.roles(), notes,
                dataset.test().count(), metrics.accuracy(), metrics.wrong(), metrics.perfect());
        return new ImportedNetwork(network, record);
    }

    /**
     * Takes a {@code network.json} (mips' own format) as the network of {@code task}, measured as an import is.
     *
     * @throws org.mips.core.store.ArtifactException or {@link org.mips.core.UserException} when it cannot be read or does not fit the task
     */
    public ImportedNetwork readJson(Path file, Task task, Supplier<Dataset> data) {
        if (!Files.isRegularFile(file)) {
            throw new NetworkFormatException(file, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        Network network = RunStore.at(file.toAbsolutePath().getParent()).withInput(StandardArtifacts.NETWORK, file).read(StandardArtifacts.NETWORK);
        // Compared as task columns: a one-hot column is several network inputs, a categorical one several logits.
        if (network.taskInputs() != task.inputDimension() || network.taskOutputs() != task.outputDimension()) {
            throw new NetworkFormatException(file, null, "the network reads " + network.taskInputs() + " input and writes " + network.taskOutputs()
                    + " output columns but " + task.id() + " has " + task.inputDimension() + " and " + task.outputDimension());
        }
        Dataset dataset = data.get();
        NetworkMetrics metrics = measure(file, network, dataset);
        Architecture architecture = network.architecture();
        return new ImportedNetwork(network, new ImportRecord(file.toString(), FileDigest.sha256(file), "network.json", "network.json",
                architecture.activation().name().toLowerCase(Locale.ROOT), architecture.toText(), network.encodings().describe(), Map.of(), List.of(),
                dataset.test().count(), metrics.accuracy(), metrics.wrong(), metrics.perfect()));
    }

    /**
     * The network on the task's test split. Finite weights can still overflow: that is bad input, not an imperfect network.
     * Only a network that is imperfect, or whose hidden states cannot be measured, can have a non-finite output, so only
     * then is the split run again to name the first one.
     */
    private static NetworkMetrics measure(Path file, Network network, Dataset dataset) {
        NetworkMetrics metrics = null;
        String unmeasured = null;
        try {
            metrics = NetworkMetrics.measure(network, dataset.test());
        } catch (ArithmeticException e) {
            unmeasured = e.getMessage();
        }
        if (metrics != null && metrics.perfect()) {
            return metrics;
        }
        for (int s = 0; s < dataset.test().count(); s++) {
            for (double[] step : network.run(dataset.test().x().sequence(s))) {
                for (double value : step) {
                    if (!Double.isFinite(value)) {
                        throw overflow(file, "its outputs overflow on sequence " + s + " of the task's test split (" + value + ")");
                    }
                }
            }
        }
        if (metrics == null) {
            throw overflow(file, "its hidden states overflow on the task's test split (" + unmeasured + ")");
        }
        return metrics;
    }

    private static NetworkFormatException overflow(Path file, String what) {
        return new NetworkFormatException(file, null, what + ": the weights are finite but too large for the network to run");
    }

    /** The importer named by {@code --format}, else the one that reads the file's extension. */
    private NetworkImporter importer(Path file, ImportOptions options) {
        if (options.format().isPresent()) {
            return components.get(NetworkImporter.class, options.format().get());
        }
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        List<NetworkImporter> importers = components.all(NetworkImporter.class);
        Optional<NetworkImporter> reads = importers.stream().filter(importer -> importer.extensions().contains(extension)).findFirst();
        return reads.orElseThrow(() -> new NetworkFormatException(file, null, "no installed importer reads ." + extension + " files (they read "
                + String.join(", ", importers.stream().map(i -> i.id() + ": ." + String.join(", .", i.extensions())).toList()) + ")"
                + (List.of("pt", "pth", "bin", "ckpt").contains(extension)
                        ? "; save a PyTorch state_dict as safetensors with tools/export_general_rnn.py" : "; give --format ID")));
    }

    private static TensorLayout layout(Path file, ImportOptions options, TensorFile tensors) {
        if (!options.tensors().isEmpty()) {
            if (options.layout().isPresent() && !options.layout().get().equals(MappedLayout.ID)) {
                throw new NetworkFormatException(file, null, "--tensor maps the tensors itself; give it without --layout "
                        + options.layout().get() + " (or with --layout mapped)");
            }
            return new MappedLayout();
        }
        if (options.layout().isPresent()) {
            return TensorLayout.named(options.layout().get(), file, "--layout");
        }
        String named = tensors.metadata().get(ImportMetadata.LAYOUT);
        return named != null ? TensorLayout.named(named, file, "its metadata (" + ImportMetadata.LAYOUT + ")") : TensorLayout.inferred(tensors, file);
    }

    private static Activation activation(Path file, ImportOptions options, TensorFile tensors, TensorLayout layout, List<String> notes) {
        if (options.activation().isPresent()) {
            return options.activation().get();
        }
        String named = tensors.metadata().get(ImportMetadata.ACTIVATION);
        if (named != null) {
            return Arrays.stream(Activation.values()).filter(a -> a.name().equalsIgnoreCase(named)).findFirst().orElseThrow(() ->
                    new NetworkFormatException(file, null, "its metadata names activation '" + named + "' (" + ImportMetadata.ACTIVATION
                            + "); the activations are relu, tanh and silu"));
        }
        layout.defaultActivationNote().ifPresent(notes::add);
        return layout.defaultActivation();
    }

    /** The shape the layers have: hidden size from the transition's last layer, one width per MLP. */
    private static Architecture architecture(LayerReader reader, AssembledLayers layers) {
        List<DenseLayer> transition = layers.transition();
        int n = transition.get(transition.size() - 1).rows();
        if (transition.get(0).cols() <= n) {
            throw reader.problem(tensorOf(layers, "transition."), "reads " + transition.get(0).cols() + " values, but the hidden state alone has "
                    + n + " (the transition's last layer writes " + n + "), which leaves no room for inputs");
        }
        return new Architecture(n, transition.size(), width(reader, layers, transition, "transition."), layers.readout().size(),
                width(reader, layers, layers.readout(), "readout."), layers.activation());
    }

    private static int width(LayerReader reader, AssembledLayers layers, List<DenseLayer> mlp, String side) {
        int width = mlp.size() > 1 ? mlp.get(0).rows() : 0;
        for (int l = 1; l < mlp.size() - 1; l++) {
            if (mlp.get(l).rows() != width) {
                throw reader.problem(tensorOf(layers, side + l + "."), "writes " + mlp.get(l).rows() + " values where the layer before it writes "
                        + width + ": a network here has one width for all the hidden layers of an MLP");
            }
        }
        return width;
    }

    /** The name of the first tensor taken for a role that starts with {@code role}. */
    private static String tensorOf(AssembledLayers layers, String role) {
        return layers.roles().entrySet().stream().filter(e -> e.getKey().startsWith(role)).map(e -> e.getValue().substring(0, e.getValue().indexOf(' ')))
                .findFirst().orElse(role);
    }

    private static String lastWeight(AssembledLayers layers) {
        String last = null;
        for (Map.Entry<String, String> e : layers.roles().entrySet()) {
            if (e.getKey().startsWith("readout.") && e.getKey().endsWith(".weight")) {
                last = e.getValue().substring(0, e.getValue().indexOf(' '));
            }
        }
        return last;
    }

    /** NaN or infinite weights are refused, naming the first such entry. */
    private static void checkFinite(Path file, Tensor tensor) {
        double[] values = tensor.values();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new NetworkFormatException(file, tensor.name(), "holds " + (Double.isNaN(values[i]) ? "NaN" : values[i] > 0 ? "+infinity" : "-infinity")
                        + " at " + index(tensor.shape(), i) + "; a network's weights must be finite");
            }
        }
    }

    private static String index(int[] shape, int flat) {
        int[] at = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = flat % shape[d];
            flat /= shape[d];
        }
        return Arrays.toString(at);
    }
}
