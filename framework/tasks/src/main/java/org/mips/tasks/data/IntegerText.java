package org.mips.tasks.data;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Turns a number written as text into a 64-bit integer, or explains why it is not one. Integral
 * decimals such as {@code 1.0} or {@code 1e3} are accepted because tools that store integers as
 * floating point (numpy, pandas) write them that way; {@code 2.5}, {@code NaN} and anything outside
 * the 64-bit range are not.
 */
final class IntegerText {

    static final String RANGE = Long.MIN_VALUE + ".." + Long.MAX_VALUE;

    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final int SHOWN = 40;

    private IntegerText() {
    }

    /** @throws DataFormatException at {@code place} when {@code text} is not an integer in the 64-bit range */
    static long parse(String text, Place place) {
        return isPlain(text, 0, text.length()) ? Long.parseLong(text) : parseDecimal(text, place);
    }

    /**
     * Whether {@code text[start, end)} is an optional sign and 1 to 18 digits, which
     * {@link Long#parseLong(CharSequence, int, int, int)} reads without failing; checked first so that
     * readers of millions of cells never pay for an exception on a valid one.
     */
    static boolean isPlain(CharSequence text, int start, int end) {
        int digits = start < end && (text.charAt(start) == '-' || text.charAt(start) == '+') ? start + 1 : start;
        if (end - digits < 1 || end - digits > 18) {
            return false;
        }
        for (int i = digits; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** How a value is shown in a message: as written, shortened when long. */
    static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }

    private static long parseDecimal(String text, Place place) {
        if (text.isEmpty()) {
            throw place.error("expected an integer, got nothing");
        }
        if (NOT_FINITE.matcher(text).matches()) {
            throw place.error("expected an integer, got " + text);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw place.error("expected an integer, got \"" + shown(text) + "\"");
        }
        BigDecimal integral = value.stripTrailingZeros();
        if (integral.scale() > 0) {
            throw place.error("expected an integer, got " + shown(text));
        }
        // precision - scale is the number of integer digits; checking it first keeps 1e999999999 cheap.
        if (integral.precision() - integral.scale() > 19) {
            throw outOfRange(text, place);
        }
        try {
            return integral.longValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(text, place);
        }
    }

    private static DataFormatException outOfRange(String text, Place place) {
        return place.error(shown(text) + " does not fit in a 64-bit integer (" + RANGE + ")");
    }
}
