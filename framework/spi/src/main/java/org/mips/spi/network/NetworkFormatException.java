package org.mips.spi.network;

import java.nio.file.Path;

/**
 * A weight file that cannot be read as the importer's format, or whose tensors do not make a network: bad
 * input, reported as one line naming the file and, where one is to blame, the tensor.
 */
public class NetworkFormatException extends RuntimeException {

    private final transient Path file;
    private final String tensor;

    /**
     * @param file    the file
     * @param tensor  the tensor at fault, or null when the file as a whole is
     * @param problem what is wrong, e.g. {@code its byte range [0, 64) overlaps 'b''s [32, 48)}
     */
    public NetworkFormatException(Path file, String tensor, String problem) {
        super(file + ": " + (tensor == null ? "" : "tensor '" + tensor + "': ") + problem);
        this.file = file;
        this.tensor = tensor;
    }

    public Path file() {
        return file;
    }

    /** The tensor at fault, or null when the file as a whole is. */
    public String tensor() {
        return tensor;
    }
}
