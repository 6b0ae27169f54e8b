package org.mips.core.search;

import java.time.Duration;
import java.util.Locale;

/** Durations for people to read; {@link org.mips.spi.config.Setting#parseDuration} reads what they type. */
public final class Durations {

    private Durations() {
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
}
