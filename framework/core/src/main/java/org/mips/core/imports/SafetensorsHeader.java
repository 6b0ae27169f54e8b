package org.mips.core.imports;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.spi.network.NetworkFormatException;

/**
 * The JSON header of a safetensors file: per tensor its dtype, shape and byte range in the data section, and the
 * optional {@code __metadata__} of strings. Parsing checks the header's syntax and types only; whether the ranges fit
 * the data section is {@link SafetensorsLayout}'s. Duplicate keys are errors, as in the reference implementation,
 * since which of two entries a reader would take is not defined.
 *
 * @param tensors  the entries in header order
 * @param metadata the {@code __metadata__} strings; empty when there are none
 */
record SafetensorsHeader(List<Entry> tensors, Map<String, String> metadata) {

    static final String METADATA = "__metadata__";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int QUOTE_LIMIT = 60;
    private static final int REASON_LIMIT = 160;

    /**
     * One tensor as the header declares it.
     *
     * @param elements the product of the shape
     * @param begin    its first byte in the data section
     * @param end      one past its last byte
     */
    record Entry(String name, TensorDtype dtype, int[] shape, long elements, long begin, long end) {

        /** Bytes its shape and dtype need. */
        long bytes() {
            return elements * dtype.size();
        }

        String shapeText() {
            return Arrays.toString(shape);
        }

        String rangeText() {
            return "[" + begin + ", " + end + ")";
        }

        /** Its values, in {@code data}'s byte order, from a data section starting at {@code start}. */
        double[] decode(ByteBuffer data, int start) {
            double[] values = new double[(int) elements];
            int at = start + (int) begin;
            for (int i = 0; i < values.length; i++) {
                values[i] = dtype.decode(data, at + i * dtype.size());
            }
            return values;
        }
    }

    /** Parses {@code length} header bytes of {@code file} starting at {@code from}. */
    static SafetensorsHeader parse(Path file, byte[] bytes, int from, int length) {
        JsonNode root = tree(file, utf8(file, bytes, from, length));
        if (!root.isObject()) {
            throw new NetworkFormatException(file, null, "its header is " + kind(root) + ", not a JSON object of tensors");
        }
        Map<String, String> metadata = Map.of();
        List<Entry> tensors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(METADATA)) {
                metadata = metadata(file, field.getValue());
            } else {
                tensors.add(entry(file, field.getKey(), field.getValue()));
            }
        }
        return new SafetensorsHeader(List.copyOf(tensors), metadata);
    }

    private static String utf8(Path file, byte[] bytes, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NetworkFormatException(file, null, "its header is not valid UTF-8 (byte " + (in.position() - from)
                    + " of the header): the file is damaged or not safetensors");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static JsonNode tree(Path file, String text) {
        if (text.isBlank()) {
            throw new NetworkFormatException(file, null, "its header is blank, not a JSON object of tensors");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw duplicateOrSyntax(file, e);
        }
    }

    private static NetworkFormatException duplicateOrSyntax(Path file, JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        JsonStreamContext at = e instanceof JsonParseException parse && parse.getProcessor() != null
                ? parse.getProcessor().getParsingContext() : null;
        String key = at == null ? null : at.getCurrentName();
        if (reason.startsWith("Duplicate field") && key != null) {
            JsonStreamContext parent = at.getParent();
            String owner = parent == null ? null : parent.getCurrentName();
            if (at.getNestingDepth() == 1) {
                return key.equals(METADATA)
                        ? new NetworkFormatException(file, null, "its header has " + METADATA + " twice")
                        : nameable(key) ? new NetworkFormatException(file, key, "the header names it twice")
                        : new NetworkFormatException(file, null, "the header names tensor " + quote(key) + " twice");
            }
            if (at.getNestingDepth() == 2 && owner != null) {
                return owner.equals(METADATA)
                        ? new NetworkFormatException(file, null, METADATA + " has the key " + quote(key) + " twice")
                        : nameable(owner) ? new NetworkFormatException(file, owner, "its entry has " + quote(key) + " twice")
                        : new NetworkFormatException(file, null, "tensor " + quote(owner) + "'s entry has " + quote(key) + " twice");
            }
            return new NetworkFormatException(file, null, "its header has the key " + quote(key) + " twice");
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", character "
                + e.getLocation().getColumnNr() + ")";
        return new NetworkFormatException(file, null, "its header is not valid JSON" + where + ": " + jsonReason(reason));
    }

    /** Jackson's reason without its notes on where the source is and how the tree was bound. */
    private static String jsonReason(String reason) {
        if (reason.startsWith("Trailing token")) {
            return "more follows the JSON object";
        }
        String bare = reason.replaceAll("(?s)\\s*\\(start marker at \\[Source:.*", "").replaceAll("(?s)\\s*\\[Source:.*", "");
        // Jackson's advice on its own switches means nothing to a user with a file: JSON does not allow it, and that is all.
        bare = bare.replaceAll(": enable `[^`]*` to allow", " (not allowed in JSON)")
                .replaceAll("\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
                .replaceAll(", from `StreamReadConstraints[^`]*`\\)", ")");
        return oneLine(bare.isBlank() ? reason : bare, REASON_LIMIT);
    }

    private static Map<String, String> metadata(Path file, JsonNode node) {
        if (node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new NetworkFormatException(file, null, METADATA + " is " + kind(node) + ", not an object of strings");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                throw new NetworkFormatException(file, null, METADATA + " entry " + quote(field.getKey()) + " is "
                        + kind(field.getValue()) + ", not a string");
            }
            metadata.put(field.getKey(), field.getValue().textValue());
        }
        return metadata;
    }

    private static Entry entry(Path file, String name, JsonNode node) {
        if (name.isEmpty()) {
            throw new NetworkFormatException(file, null, "a tensor has an empty name");
        }
        if (!nameable(name)) {
            throw new NetworkFormatException(file, null, "tensor name " + quote(name) + " contains a control character");
        }
        if (!node.isObject()) {
            throw new NetworkFormatException(file, name, "its entry is " + kind(node) + ", not an object with dtype, shape and "
                    + "data_offsets");
        }
        TensorDtype dtype = dtype(file, name, required(file, name, node, "dtype"));
        int[] shape = shape(file, name, required(file, name, node, "shape"));
        long[] offsets = offsets(file, name, required(file, name, node, "data_offsets"));
        long elements = 1;
        try {
            for (int dimension : shape) {
                elements = Math.multiplyExact(elements, dimension);
            }
            Math.multiplyExact(elements, dtype.size());
        } catch (ArithmeticException e) {
            throw new NetworkFormatException(file, name, "its shape " + Arrays.toString(shape) + " has more elements than any "
                    + "file can hold");
        }
        return new Entry(name, dtype, shape, elements, offsets[0], offsets[1]);
    }

    private static JsonNode required(Path file, String name, JsonNode entry, String key) {
        JsonNode value = entry.get(key);
        if (value == null) {
            throw new NetworkFormatException(file, name, "its entry has no " + key);
        }
        return value;
    }

    private static TensorDtype dtype(Path file, String name, JsonNode node) {
        if (!node.isTextual()) {
            throw new NetworkFormatException(file, name, "its dtype is " + kind(node) + ", not a string such as \"F32\"");
        }
        String text = node.textValue();
        return TensorDtype.named(text).orElseThrow(() -> new NetworkFormatException(file, name, TensorDtype.whyNot(text)));
    }

    private static int[] shape(Path file, String name, JsonNode node) {
        if (!node.isArray()) {
            throw new NetworkFormatException(file, name, "its shape is " + kind(node) + ", not an array of dimensions");
        }
        int[] shape = new int[node.size()];
        for (int i = 0; i < shape.length; i++) {
            JsonNode dimension = node.get(i);
            if (!dimension.isIntegralNumber()) {
                throw new NetworkFormatException(file, name, "its shape " + oneLine(node.toString(), QUOTE_LIMIT) + " has "
                        + kind(dimension) + " where a whole-number dimension should be");
            }
            if (dimension.bigIntegerValue().signum() < 0) {
                throw new NetworkFormatException(file, name, "its shape " + node + " has a negative dimension");
            }
            if (!dimension.canConvertToInt()) {
                throw new NetworkFormatException(file, name, "its shape " + node + " has a dimension over " + Integer.MAX_VALUE);
            }
            shape[i] = dimension.intValue();
        }
        return shape;
    }

    private static long[] offsets(Path file, String name, JsonNode node) {
        if (!node.isArray()) {
            throw new NetworkFormatException(file, name, "its data_offsets is " + kind(node) + ", not an array [begin, end]");
        }
        if (node.size() != 2) {
            throw new NetworkFormatException(file, name, "its data_offsets " + oneLine(node.toString(), QUOTE_LIMIT) + " has "
                    + node.size() + " entries, not 2 ([begin, end])");
        }
        long[] offsets = new long[2];
        for (int i = 0; i < 2; i++) {
            JsonNode offset = node.get(i);
            if (!offset.isIntegralNumber()) {
                throw new NetworkFormatException(file, name, "its data_offsets " + oneLine(node.toString(), QUOTE_LIMIT) + " has "
                        + kind(offset) + " where a whole-number byte offset should be");
            }
            if (offset.bigIntegerValue().signum() < 0) {
                throw new NetworkFormatException(file, name, "its data_offsets " + node + " has a negative offset");
            }
            if (!offset.canConvertToLong()) {
                throw new NetworkFormatException(file, name, "its data_offsets " + node + " reach beyond any file");
            }
            offsets[i] = offset.longValue();
        }
        return offsets;
    }

    /** Whether a name can stand in a one-line message as it is: not empty, no control characters. */
    static boolean nameable(String name) {
        return !name.isEmpty() && name.codePoints().noneMatch(Character::isISOControl);
    }

    /** {@code text} in double quotes, control characters escaped, cut short when long: for a message. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().limit(QUOTE_LIMIT).forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                quoted.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append(text.codePointCount(0, text.length()) > QUOTE_LIMIT ? "…\"" : "\"").toString();
    }

    /** {@code text} on one line, cut short when long. */
    private static String oneLine(String text, int limit) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() > limit ? line.substring(0, limit) + "…" : line;
    }

    /** What a JSON value is, for "its shape is a string" and the like. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NULL -> "null";
            default -> "nothing";
        };
    }
}
