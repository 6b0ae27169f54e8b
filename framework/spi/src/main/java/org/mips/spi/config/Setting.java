package org.mips.spi.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One typed setting a stage or component accepts, as Elasticsearch's named components declare theirs:
 * a dotted key, a default, a parser that says in one line what is wrong with a bad value, and a line of
 * documentation. The host reads every value through its setting, so that {@code mips config} can print
 * them all and a configuration that names no declared setting is an error, not a silent typo.
 *
 * <p>Keys are lower case, dot-separated and scoped by their owner: a stage's settings start with its id
 * ({@code search.budget}), a component's with its kind and id ({@code regressor.symbolic.max-size}).
 *
 * @param <T> the value type
 */
public final class Setting<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    private final String key;
    private final T defaultValue;
    private final String description;
    private final Function<String, T> parser;
    private final Function<T, String> printer;

    private Setting(String key, T defaultValue, String description, Function<String, T> parser, Function<T, String> printer) {
        if (!KEY.matcher(Objects.requireNonNull(key, "key")).matches()) {
            throw new IllegalArgumentException("setting key '" + key + "' is not lower-case, dotted words, e.g. search.budget");
        }
        this.key = key;
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.description = Objects.requireNonNull(description, "description");
        this.parser = parser;
        this.printer = printer;
    }

    /** Text, used as given (trimmed). */
    public static Setting<String> text(String key, String defaultValue, String description) {
        return new Setting<>(key, defaultValue, description, String::strip, v -> v);
    }

    /** A whole number in {@code min..max}. */
    public static Setting<Integer> integer(String key, int defaultValue, int min, int max, String description) {
        return new Setting<>(key, defaultValue, description, raw -> {
            int value;
            try {
                value = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + raw + "' is not a whole number");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(value + " is outside " + min + ".." + max);
            }
            return value;
        }, String::valueOf);
    }

    /** A number in {@code min..max}. */
    public static Setting<Double> decimal(String key, double defaultValue, double min, double max, String description) {
        return new Setting<>(key, defaultValue, description, raw -> {
            double value;
            try {
                value = Double.parseDouble(raw.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + raw + "' is not a number");
            }
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(raw.strip() + " is outside " + min + ".." + max);
            }
            return value;
        }, String::valueOf);
    }

    /** {@code true} or {@code false}. */
    public static Setting<Boolean> bool(String key, boolean defaultValue, String description) {
        return new Setting<>(key, defaultValue, description, raw -> switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + raw + "' is not true or false");
        }, String::valueOf);
    }

    /** A positive duration as people type it: {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 500ms}. */
    public static Setting<Duration> duration(String key, Duration defaultValue, String description) {
        return new Setting<>(key, defaultValue, description, raw -> {
            Duration value = parseDuration(raw);
            if (value.isZero()) {
                throw new IllegalArgumentException("'" + raw + "' is not a positive duration");
            }
            return value;
        }, Setting::formatDuration);
    }

    /** A comma-separated list of words (a YAML sequence in a file); empty when given as {@code ""}. */
    public static Setting<List<String>> list(String key, List<String> defaultValue, String description) {
        return new Setting<>(key, List.copyOf(defaultValue), description, raw -> raw.isBlank() ? List.of()
                : Arrays.stream(raw.split(",")).map(String::strip).peek(word -> {
                    if (word.isEmpty()) {
                        throw new IllegalArgumentException("'" + raw + "' has an empty item");
                    }
                }).toList(), value -> String.join(",", value));
    }

    /** One of {@code choices}. */
    public static Setting<String> choice(String key, String defaultValue, List<String> choices, String description) {
        if (!choices.contains(defaultValue)) {
            throw new IllegalArgumentException("the default '" + defaultValue + "' of " + key + " is not one of " + choices);
        }
        return new Setting<>(key, defaultValue, description, raw -> {
            String value = raw.strip().toLowerCase(Locale.ROOT);
            if (!choices.contains(value)) {
                throw new IllegalArgumentException("'" + raw + "' is not one of " + String.join(", ", choices));
            }
            return value;
        }, v -> v);
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /**
     * The value {@code raw} stands for.
     *
     * @throws IllegalArgumentException saying in one line what is wrong with it (without the key)
     */
    public T parse(String raw) {
        return parser.apply(Objects.requireNonNull(raw, "raw"));
    }

    /** A value as it would be written in a configuration file. */
    public String format(T value) {
        return printer.apply(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Setting<?> s && s.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " (default " + format(defaultValue) + ")";
    }

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

    /**
     * One or more {@code <integer><unit>} parts, units {@code h}, {@code m}, {@code s} and {@code ms},
     * largest first, e.g. {@code 2m30s}.
     *
     * @throws IllegalArgumentException saying what is wrong, in one line
     */
    public static Duration parseDuration(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher part = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int position = 0;
        int lastRank = Integer.MAX_VALUE;
        while (position < trimmed.length() && part.find(position) && part.start() == position) {
            int rank = List.of("ms", "s", "m", "h").indexOf(part.group(2));
            if (rank >= lastRank) {
                throw new IllegalArgumentException("'" + text + "' is not a duration: give each unit once, largest first");
            }
            lastRank = rank;
            try {
                total = total.plus(Duration.of(Long.parseLong(part.group(1)), List.of(ChronoUnit.MILLIS, ChronoUnit.SECONDS,
                        ChronoUnit.MINUTES, ChronoUnit.HOURS).get(rank)));
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration: too long");
            }
            position = part.end();
        }
        if (trimmed.isEmpty() || position != trimmed.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: expected a number and a unit, e.g. 90s, 5m, 1h30m or 500ms");
        }
        return total;
    }

    /** The shortest text {@link #parseDuration} reads back as {@code duration}: {@code 5m}, {@code 1h30m}, {@code 1500ms}. */
    public static String formatDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds / 60 % 60 != 0) {
            text.append(seconds / 60 % 60).append('m');
        }
        if (seconds % 60 != 0 || text.length() == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }
}
