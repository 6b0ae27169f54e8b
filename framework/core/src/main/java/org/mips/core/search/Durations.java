package org.mips.core.search;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 500ms}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses one or more {@code <integer><unit>} parts, units {@code h}, {@code m}, {@code s} and
     * {@code ms}, largest first, e.g. {@code 2m30s}.
     *
     * @throws IllegalArgumentException saying what is wrong, in one line
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher part = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int position = 0;
        int lastRank = Integer.MAX_VALUE;
        while (position < trimmed.length() && part.find(position) && part.start() == position) {
            int rank = rank(part.group(2));
            if (rank >= lastRank) {
                throw new IllegalArgumentException(bad(text) + ": give each unit once, largest first");
            }
            lastRank = rank;
            try {
                total = total.plus(Duration.of(Long.parseLong(part.group(1)), unit(part.group(2))));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException(bad(text) + ": too long");
            }
            position = part.end();
        }
        if (trimmed.isEmpty() || position != trimmed.length()) {
            throw new IllegalArgumentException(bad(text) + ": expected a number and a unit, e.g. 90s, 5m, 1h30m or 500ms");
        }
        return total;
    }

    /** A short human form: {@code 1h05m}, {@code 2m13s}, {@code 4.2s}. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds / 60 % 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }

    private static String bad(String text) {
        return "'" + text + "' is not a duration";
    }

    private static int rank(String unit) {
        return switch (unit) {
            case "h" -> 3;
            case "m" -> 2;
            case "s" -> 1;
            default -> 0;
        };
    }

    private static ChronoUnit unit(String unit) {
        return switch (unit) {
            case "h" -> ChronoUnit.HOURS;
            case "m" -> ChronoUnit.MINUTES;
            case "s" -> ChronoUnit.SECONDS;
            default -> ChronoUnit.MILLIS;
        };
    }
}
