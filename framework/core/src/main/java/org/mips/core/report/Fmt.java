package org.mips.core.report;

import java.util.Locale;

/**
 * Number formatting for the report, always in {@link Locale#ROOT} so that the same results give the
 * same bytes on every machine; a missing or non-finite number shows as a dash rather than "NaN".
 */
final class Fmt {

    static final String NONE = "–";

    private Fmt() {
    }

    /** The text, or "" for a field the artifact left out (null). */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** An integer as is, anything else with up to four decimals and no trailing zeros. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** A count with thousands separators: 100,000. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Seconds with one decimal; a minute or more also as minutes and seconds. */
    static String seconds(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%.1f s", value);
        if (value >= 60) {
            long whole = Math.round(value);
            text += String.format(Locale.ROOT, " (%d min %02d s)", whole / 60, whole % 60);
        }
        return text;
    }

    /**
     * An accuracy in [0, 1] as a percentage with two decimals; anything short of perfect never rounds
     * up to 100%, which in this project means something exact.
     */
    static String percent(double accuracy) {
        if (!Double.isFinite(accuracy)) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%.2f%%", accuracy * 100);
        return accuracy < 1 && text.equals("100.00%") ? "99.99%" : text;
    }

    /** An SVG coordinate: one decimal is finer than a pixel. */
    static String coord(double value) {
        return String.format(Locale.ROOT, "%.1f", Double.isFinite(value) ? value : 0.0);
    }
}
