package org.mips.core.imports;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The element types a weight file may store, as safetensors names them: the floating-point ones, which widen to
 * {@code double} exactly. Anything else a header names gets a reason saying what it is, so that a user who saved
 * integer buffers or a big-endian array learns what to change rather than only that the type is unknown.
 */
enum TensorDtype {
    F64(8),
    F32(4),
    F16(2),
    BF16(2);

    /** The list users see in messages. */
    static final String SUPPORTED = "F32, F64, F16 or BF16";

    private static final Set<String> INTEGERS = Set.of("I8", "I16", "I32", "I64", "U8", "U16", "U32", "U64");
    private static final Set<String> SMALL_FLOATS = Set.of("F8_E4M3", "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4");
    private static final Set<String> COMPLEX = Set.of("C32", "C64", "C128");
    /** Other frameworks' spellings of the supported types. */
    private static final Map<String, String> SPELLINGS = Map.of(
            "float", "F32", "float32", "F32", "f4", "F32",
            "double", "F64", "float64", "F64", "f8", "F64",
            "half", "F16", "float16", "F16", "f2", "F16",
            "bfloat16", "BF16");

    private final int size;

    TensorDtype(int size) {
        this.size = size;
    }

    /** Bytes per element. */
    int size() {
        return size;
    }

    /** The type of this safetensors name, e.g. {@code F32}; empty for any other name (see {@link #whyNot}). */
    static Optional<TensorDtype> named(String name) {
        for (TensorDtype dtype : values()) {
            if (dtype.name().equals(name)) {
                return Optional.of(dtype);
            }
        }
        return Optional.empty();
    }

    /** Why {@code name}, which {@link #named} does not know, cannot be read: one clause for a message. */
    static String whyNot(String name) {
        String quoted = SafetensorsHeader.quote(name);
        String upper = name.toUpperCase(Locale.ROOT);
        if (name.startsWith(">") || name.startsWith("!") || upper.matches(".*[0-9][-_]?(BE|BIG|BIG[-_]?ENDIAN)")) {
            return "dtype " + quoted + " is big-endian: the file was written big-endian; safetensors is little-endian";
        }
        String bare = name.replaceFirst("^[<=|]", "").replaceFirst("(?i)(?<=[0-9])[-_]?(LE|LITTLE|LITTLE[-_]?ENDIAN)$", "");
        if (!bare.equals(name) && !bare.isEmpty()) {
            String meant = meant(bare);
            return "dtype " + quoted + " carries a byte-order mark, which safetensors names do not (safetensors is always "
                    + "little-endian)" + (meant == null ? "; the weight types are " + SUPPORTED : ": write " + meant);
        }
        if (INTEGERS.contains(upper)) {
            return "dtype " + quoted + " is an integer type; weights must be floating point (" + SUPPORTED + ")";
        }
        if (upper.equals("BOOL")) {
            return "dtype " + quoted + " is a boolean type; weights must be floating point (" + SUPPORTED + ")";
        }
        if (SMALL_FLOATS.contains(upper)) {
            return "dtype " + quoted + " is a float of under 16 bits, which the importer does not decode; save the weights as "
                    + SUPPORTED;
        }
        if (COMPLEX.contains(upper)) {
            return "dtype " + quoted + " is a complex type; weights must be real (" + SUPPORTED + ")";
        }
        String meant = meant(name);
        if (meant != null) {
            return "dtype " + quoted + " is not a safetensors type name; safetensors spells it " + meant;
        }
        return "unknown dtype " + quoted + "; the supported dtypes are " + SUPPORTED;
    }

    /** The safetensors name another spelling means, e.g. {@code F32} for {@code float32} or {@code f32}; null if none. */
    private static String meant(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String spelled = SPELLINGS.get(lower.startsWith("torch.") ? lower.substring(6) : lower);
        if (spelled != null) {
            return spelled;
        }
        return named(name.toUpperCase(Locale.ROOT)).map(Enum::name).orElse(null);
    }

    /** The element at byte {@code at} of {@code data}, in the buffer's byte order, widened exactly. */
    double decode(ByteBuffer data, int at) {
        return switch (this) {
            case F64 -> data.getDouble(at);
            case F32 -> data.getFloat(at);
            case F16 -> half(data.getShort(at));
            case BF16 -> Float.intBitsToFloat((data.getShort(at) & 0xFFFF) << 16);
        };
    }

    /** An IEEE 754 binary16 value: 1 sign bit, 5 exponent bits (bias 15), 10 fraction bits. */
    static double half(short bits) {
        int h = bits & 0xFFFF;
        int exponent = (h >>> 10) & 0x1F;
        int fraction = h & 0x3FF;
        double magnitude;
        if (exponent == 0) {
            magnitude = Math.scalb((double) fraction, -24);
        } else if (exponent == 0x1F) {
            magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = Math.scalb((double) (fraction | 0x400), exponent - 25);
        }
        return (h & 0x8000) == 0 ? magnitude : -magnitude;
    }
}
