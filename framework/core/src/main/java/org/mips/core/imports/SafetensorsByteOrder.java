package org.mips.core.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mips.spi.network.NetworkFormatException;

/**
 * Recognises a file written big-endian. Safetensors is little-endian by definition, but a hand-rolled writer on a
 * big-endian machine, or one that packs with {@code >f4}, produces a file whose every structure is right and whose
 * values are nonsense. Read the wrong way round, a trained weight's exponent comes from its lowest mantissa byte, so
 * the values turn huge, not numbers, or scatter far from any weight's size, while byte-swapped they are ordinary.
 * That pattern is the tell, and it must hold for every F32 and F64 tensor at once: genuine little-endian weights
 * byte-swapped scatter in the same way, so a file with a few odd weights among ordinary ones is not blamed on byte
 * order. A non-finite weight that byte order does not explain is returned as it is; judging values is the host's job.
 */
final class SafetensorsByteOrder {

    /** Beyond this a weight is huge. */
    static final double HUGE = 1e30;
    /** Below this a nonzero weight is vanishingly small. */
    static final double VANISHING = 1e-30;
    /** Byte-swapped weights that are zero or within [VANISHING, ORDINARY) are ordinary. */
    static final double ORDINARY = 1e6;
    /** Where nearly all trained weights lie: [TYPICAL_LOW, TYPICAL_HIGH). */
    static final double TYPICAL_LOW = 1e-8;
    static final double TYPICAL_HIGH = 1e4;

    private static final Set<String> KEYS = Set.of("byteorder", "byte_order", "byte-order", "endianness", "endian");
    private static final Set<String> BIG = Set.of("big", "big-endian", "big_endian", "bigendian", "be", ">");

    private SafetensorsByteOrder() {
    }

    /** Fails when the metadata say the file is big-endian, e.g. {@code "byteorder": "big"}. */
    static void checkMetadata(Path file, Map<String, String> metadata) {
        metadata.forEach((key, value) -> {
            if (KEYS.contains(key.toLowerCase(Locale.ROOT)) && BIG.contains(value.strip().toLowerCase(Locale.ROOT))) {
                throw new NetworkFormatException(file, null, "its " + SafetensorsHeader.METADATA + " says " + key + " = "
                        + SafetensorsHeader.quote(value) + ": the file was written big-endian; safetensors is little-endian");
            }
        });
    }

    /**
     * Fails when the F32 and F64 tensors look written big-endian: at least one reads implausibly as little-endian, and
     * every one of them reads ordinarily byte-swapped.
     *
     * @param values the tensors' values read little-endian, in the order of {@code tensors}
     * @param data   the file, little-endian
     * @param start  where the data section starts in {@code data}
     */
    static void checkValues(Path file, List<SafetensorsHeader.Entry> tensors, List<double[]> values, ByteBuffer data, int start) {
        ByteBuffer swapped = data.duplicate().order(ByteOrder.BIG_ENDIAN);
        SafetensorsHeader.Entry suspect = null;
        double[] suspectValues = null;
        double[] suspectSwapped = null;
        for (int t = 0; t < tensors.size(); t++) {
            SafetensorsHeader.Entry tensor = tensors.get(t);
            if (tensor.dtype() != TensorDtype.F32 && tensor.dtype() != TensorDtype.F64) {
                continue;
            }
            double[] other = tensor.decode(swapped, start);
            if (!ordinary(other)) {
                return;
            }
            if (suspect == null && implausible(values.get(t))) {
                suspect = tensor;
                suspectValues = values.get(t);
                suspectSwapped = other;
            }
        }
        if (suspect != null) {
            throw new NetworkFormatException(file, suspect.name(), "its values read as little-endian are " + describe(suspectValues)
                    + " but byte-swapped they are ordinary (largest " + number(largest(suspectSwapped))
                    + "): the file was written big-endian; safetensors is little-endian");
        }
    }

    /** Some value is non-finite or huge, or most nonzero ones lie outside where weights do. */
    private static boolean implausible(double[] values) {
        int nonzero = 0;
        int atypical = 0;
        for (double v : values) {
            if (!Double.isFinite(v) || Math.abs(v) > HUGE) {
                return true;
            }
            if (v != 0) {
                nonzero++;
                atypical += typical(v) ? 0 : 1;
            }
        }
        return 2 * atypical > nonzero;
    }

    private static boolean typical(double v) {
        double magnitude = Math.abs(v);
        return magnitude >= TYPICAL_LOW && magnitude < TYPICAL_HIGH;
    }

    /** Every value is zero or finite with a magnitude in {@code [VANISHING, ORDINARY)}. */
    private static boolean ordinary(double[] values) {
        for (double v : values) {
            double magnitude = Math.abs(v);
            if (v != 0 && !(magnitude >= VANISHING && magnitude < ORDINARY)) {
                return false;
            }
        }
        return true;
    }

    /** How the values read little-endian look, e.g. {@code huge or not numbers (3.4e38)}. */
    private static String describe(double[] values) {
        int nonzero = 0;
        int atypical = 0;
        double largest = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return "huge or not numbers (" + number(v) + ")";
            }
            largest = Math.max(largest, Math.abs(v));
            if (v != 0) {
                nonzero++;
                atypical += typical(v) ? 0 : 1;
            }
        }
        if (largest > HUGE) {
            return "huge or not numbers (" + number(largest) + ")";
        }
        if (largest < VANISHING) {
            return "all vanishingly small (at most " + number(largest) + ")";
        }
        return "mostly nothing like weights (" + atypical + " of " + nonzero + " outside " + number(TYPICAL_LOW) + " to "
                + number(TYPICAL_HIGH) + " in magnitude)";
    }

    private static double largest(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    /** Three significant digits: {@code 3.4e38}, {@code 1.25}, {@code 4.59e-41}. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        double magnitude = Math.abs(v);
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            return rounded.toPlainString();
        }
        return rounded.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }
}
