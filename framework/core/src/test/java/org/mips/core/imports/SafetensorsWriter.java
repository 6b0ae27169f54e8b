package org.mips.core.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.mips.spi.network.Tensor;
import org.mips.spi.network.TensorFile;

/**
 * Writes safetensors files for tests, as {@code safetensors.torch.save_file} does: F32 by default, any dtype string
 * and raw element bytes for the decoding tests, and raw headers and data for the broken-file tests.
 */
final class SafetensorsWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode header = JSON.createObjectNode();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    /** Adds a tensor with these element bytes at the end of the data section. */
    SafetensorsWriter tensor(String name, String dtype, int[] shape, byte[] elements) {
        int begin = data.size();
        data.writeBytes(elements);
        return entry(name, dtype, shape, begin, data.size());
    }

    /** Adds a header entry without data, e.g. one whose range is wrong. */
    SafetensorsWriter entry(String name, String dtype, int[] shape, long begin, long end) {
        ObjectNode entry = header.putObject(name);
        entry.put("dtype", dtype);
        ArrayNode dims = entry.putArray("shape");
        for (int dimension : shape) {
            dims.add(dimension);
        }
        entry.putArray("data_offsets").add(begin).add(end);
        return this;
    }

    /** Adds bytes to the data section that no entry names. */
    SafetensorsWriter data(byte[] bytes) {
        data.writeBytes(bytes);
        return this;
    }

    SafetensorsWriter metadata(Map<String, String> metadata) {
        ObjectNode node = JSON.createObjectNode();
        metadata.forEach(node::put);
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set(SafetensorsHeader.METADATA, node);
        reordered.setAll(header);
        header.removeAll();
        header.setAll(reordered);
        return this;
    }

    /** The file: header padded with spaces so that the data section starts at a multiple of 8. */
    byte[] bytes() {
        return file(header.toString(), data.toByteArray());
    }

    void write(Path file) throws IOException {
        Files.write(file, bytes());
    }

    /** A file of {@code content} with every tensor as F32. */
    static void writeF32(TensorFile content, Path file) throws IOException {
        SafetensorsWriter writer = new SafetensorsWriter();
        if (!content.metadata().isEmpty()) {
            writer.metadata(content.metadata());
        }
        for (Tensor tensor : content.tensors().values()) {
            writer.tensor(tensor.name(), "F32", tensor.shape(), f32(tensor.values()));
        }
        writer.write(file);
    }

    /** A file of this header text, padded with spaces to a multiple of 8, and data section. */
    static byte[] file(String header, byte[] data) {
        byte[] text = header.getBytes(StandardCharsets.UTF_8);
        int padded = text.length + (8 - text.length % 8) % 8;
        byte[] headerBytes = new byte[padded];
        Arrays.fill(headerBytes, (byte) ' ');
        System.arraycopy(text, 0, headerBytes, 0, text.length);
        return raw(padded, headerBytes, data);
    }

    /** A file that states {@code length} as its header length, whatever follows. */
    static byte[] raw(long length, byte[] header, byte[] data) {
        ByteBuffer file = ByteBuffer.allocate(8 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        return file.putLong(length).put(header).put(data).array();
    }

    static byte[] f32(double... values) {
        return f32(ByteOrder.LITTLE_ENDIAN, values);
    }

    static byte[] f32(ByteOrder order, double... values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(order);
        for (double v : values) {
            bytes.putFloat((float) v);
        }
        return bytes.array();
    }

    static byte[] f64(double... values) {
        return f64(ByteOrder.LITTLE_ENDIAN, values);
    }

    static byte[] f64(ByteOrder order, double... values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(order);
        for (double v : values) {
            bytes.putDouble(v);
        }
        return bytes.array();
    }

    /** 16-bit elements (F16 or BF16) given by their bit patterns. */
    static byte[] bits16(int... patterns) {
        ByteBuffer bytes = ByteBuffer.allocate(2 * patterns.length).order(ByteOrder.LITTLE_ENDIAN);
        for (int p : patterns) {
            bytes.putShort((short) p);
        }
        return bytes.array();
    }
}
