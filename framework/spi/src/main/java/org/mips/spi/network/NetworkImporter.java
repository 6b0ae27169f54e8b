package org.mips.spi.network;

import java.nio.file.Path;
import java.util.List;
import org.mips.spi.Component;

/**
 * A network format: reads the tensors of a weight file written by another framework (safetensors, say).
 * How named tensors become a {@link Network} (the paper's {@code GeneralRNN}, a {@code torch.nn.RNN}
 * with a linear readout, an explicit mapping) is the host's, the same for every format, so an importer
 * only decodes its container: shapes, types, byte order.
 */
public interface NetworkImporter extends Component {

    /** The file name extensions it reads, without the dot, e.g. {@code safetensors}. */
    List<String> extensions();

    /**
     * Every tensor in {@code file}, widened to {@code double}, and the file's metadata.
     *
     * @throws NetworkFormatException when the file is not of this format or is damaged: one line naming
     *                                the file and, where one is to blame, the tensor
     */
    TensorFile read(Path file);
}
