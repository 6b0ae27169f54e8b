package org.mips.core.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.network.NetworkFormatException;
import org.mips.spi.network.NetworkImporter;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;
import org.pf4j.Extension;

/**
 * Reads safetensors files as {@code safetensors.torch.save_file} writes them: an 8-byte little-endian header length,
 * a UTF-8 JSON header naming each tensor's dtype, shape and byte range, then the little-endian data. The reader is
 * our own, a few hundred lines, so the format's every rule can be checked and every breach reported as one line
 * naming the file and the tensor; F32, F64, F16 and BF16 widen exactly to {@code double}. Weight files are small,
 * so the file is read whole, once its header length has been found sane.
 */
@Extension
public final class SafetensorsImporter implements NetworkImporter {

    public static final String ID = "safetensors";

    /** A larger header is not a weight file's: a guard against reading gigabytes on a bad length. */
    static final long MAX_HEADER = 100L * 1024 * 1024;
    /** The largest file a Java array holds. */
    static final long MAX_FILE = Integer.MAX_VALUE - 8;

    private static final int PREFIX = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "safetensors files (F32, F64, F16, BF16), as safetensors.torch.save_file writes them";
    }

    @Override
    public List<String> extensions() {
        return List.of("safetensors");
    }

    @Override
    public TensorFile read(Path file) {
        byte[] bytes = load(file);
        int start = PREFIX + (int) ByteBuffer.wrap(bytes, 0, PREFIX).order(ByteOrder.LITTLE_ENDIAN).getLong();
        SafetensorsHeader header = SafetensorsHeader.parse(file, bytes, PREFIX, start - PREFIX);
        SafetensorsByteOrder.checkMetadata(file, header.metadata());
        SafetensorsLayout.check(file, header.tensors(), bytes.length - start);
        ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<double[]> values = new ArrayList<>(header.tensors().size());
        for (SafetensorsHeader.Entry tensor : header.tensors()) {
            values.add(tensor.decode(data, start));
        }
        SafetensorsByteOrder.checkValues(file, header.tensors(), values, data, start);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (int t = 0; t < values.size(); t++) {
            SafetensorsHeader.Entry tensor = header.tensors().get(t);
            tensors.put(tensor.name(), new Tensor(tensor.name(), tensor.shape(), values.get(t)));
        }
        return new TensorFile(tensors, header.metadata());
    }

    /** The whole file, once its size and header length are sane. */
    private static byte[] load(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size == 0) {
                throw new NetworkFormatException(file, null, "is empty; a safetensors file starts with an 8-byte header length");
            }
            if (size < PREFIX) {
                throw new NetworkFormatException(file, null, "is " + size + " bytes long, too short for the 8-byte header length "
                        + "of a safetensors file: it is truncated");
            }
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX).order(ByteOrder.LITTLE_ENDIAN);
            fill(file, channel, prefix);
            checkHeaderLength(file, prefix, size);
            if (size > MAX_FILE) {
                throw new NetworkFormatException(file, null, "is " + size + " bytes, more than the " + MAX_FILE
                        + " bytes the importer reads");
            }
            ByteBuffer all = ByteBuffer.allocate((int) size);
            all.put(prefix.flip());
            fill(file, channel, all);
            return all.array();
        } catch (IOException e) {
            throw new NetworkFormatException(file, null, "cannot be read: " + reason(e));
        }
    }

    private static void checkHeaderLength(Path file, ByteBuffer prefix, long size) {
        long length = prefix.getLong(0);
        if (length == 0) {
            throw new NetworkFormatException(file, null, "its header length is 0; a safetensors header is a JSON object");
        }
        if (Long.compareUnsigned(length, MAX_HEADER) > 0) {
            throw new NetworkFormatException(file, null, "its header length " + Long.toUnsignedString(length) + " is over the "
                    + MAX_HEADER / (1024 * 1024) + " MB limit: it is not a safetensors file" + hint(prefix));
        }
        if (length > size - PREFIX) {
            throw new NetworkFormatException(file, null, "its header length " + length + " runs past the end of the file ("
                    + size + " bytes): it is truncated or not a safetensors file" + hint(prefix));
        }
    }

    /** What a file that is not safetensors may be instead, from its first bytes; empty if nothing comes to mind. */
    private static String hint(ByteBuffer prefix) {
        byte[] start = prefix.array();
        if (start[0] == 'P' && start[1] == 'K') {
            return " (it starts like a zip archive, as a PyTorch .pt checkpoint does; save the state dict with safetensors)";
        }
        if ((start[0] & 0xFF) == 0x80 && start[1] >= 2 && start[1] <= 5) {
            return " (it starts like a Python pickle, as an old PyTorch checkpoint does; save the state dict with safetensors)";
        }
        return "";
    }

    private static void fill(Path file, SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new NetworkFormatException(file, null, "ended after " + buffer.position() + " bytes while being read");
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : reason.replaceAll("\\p{Cntrl}+", " ");
    }
}
