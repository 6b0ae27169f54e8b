package org.mips.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mips.core.UserException;
import org.mips.core.imports.ImportOptions;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
import picocli.CommandLine.Option;

/** How to read a weight file as a network: the options {@code mips import} and {@code mips run --network} share. */
final class ImportFlags {

    @Option(names = "--layout", paramLabel = "ID", description = "How the tensors make the network: general-rnn (the paper's GeneralRNN: "
            + "hmlp.mlp.{0,2,...}, ymlp.mlp.{0,2,...}), torch-rnn (a one-layer torch.nn.RNN and a torch.nn.Linear readout) or mapped "
            + "(--tensor). Default: the file's metadata (mips.layout), else the tensors' names.")
    String layout;

    @Option(names = "--activation", paramLabel = "NAME", description = "relu, tanh or silu. Default: the file's metadata "
            + "(mips.activation), else relu for a GeneralRNN and tanh (PyTorch's default) for an nn.RNN.")
    String activation;

    @Option(names = "--readout-prefix", paramLabel = "NAME", description = "With torch-rnn: the readout module's name, e.g. fc "
            + "(default: the file's metadata, else the one module beside the nn.RNN).")
    String readoutPrefix;

    @Option(names = "--tensor", paramLabel = "ROLE=NAME", description = "Map a tensor to a role: transition.K.weight|bias or "
            + "readout.K.weight|bias, K from 0, weights [out, in] as in PyTorch; repeat for every layer (layout mapped).")
    List<String> tensorMappings = new ArrayList<>();

    @Option(names = "--arch", paramLabel = "n,Lh,wh,Lo,wo", description = "The architecture the tensors must make (default: theirs).")
    String arch;

    @Option(names = "--format", paramLabel = "ID", description = "The importer (default: by the file's extension; 'mips plugins' lists them).")
    String format;

    /** The options, with the encodings the network was fed and read with. */
    ImportOptions options(String inputEncoding, String outputEncoding) {
        Optional<Activation> act = Optional.ofNullable(activation).map(name -> Arrays.stream(Activation.values())
                .filter(a -> a.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new UserException("--activation " + name + ": the activations are relu, tanh and silu")));
        Optional<Architecture> architecture;
        try {
            architecture = Optional.ofNullable(arch).map(Architecture::parse);
        } catch (IllegalArgumentException e) {
            throw new UserException("--arch: " + e.getMessage());
        }
        Map<String, String> tensors = new LinkedHashMap<>();
        for (String mapping : tensorMappings) {
            int equals = mapping.indexOf('=');
            if (equals <= 0 || equals == mapping.length() - 1) {
                throw new UserException("--tensor " + mapping + ": give ROLE=NAME, e.g. transition.0.weight=rnn.weight_hh_l0");
            }
            String role = mapping.substring(0, equals).strip();
            String earlier = tensors.put(role, mapping.substring(equals + 1).strip());
            if (earlier != null) {
                throw new UserException("--tensor " + mapping + ": " + role + " is mapped twice (also to " + earlier + "); give each role once");
            }
        }
        return new ImportOptions(Optional.ofNullable(format), Optional.ofNullable(layout).map(l -> l.strip().toLowerCase(Locale.ROOT)), act,
                Optional.ofNullable(readoutPrefix), tensors, architecture, inputEncoding == null ? "scalar" : inputEncoding,
                outputEncoding == null ? "scalar" : outputEncoding);
    }

    /** Whether any option was given, which only a weight file takes. */
    boolean any() {
        return layout != null || activation != null || readoutPrefix != null || !tensorMappings.isEmpty() || arch != null || format != null;
    }
}
