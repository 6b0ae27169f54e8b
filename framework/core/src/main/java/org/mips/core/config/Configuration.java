package org.mips.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mips.core.Spelling;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;

/**
 * The effective configuration: layers of values by dotted key, each layer overriding the ones before it
 * (the distribution's {@code conf/mips.yml}, a {@code --config} file, then the command line's flags).
 * Values stay text until a {@link Setting} reads them, so that an error names the layer, the key and what
 * is wrong; {@link #check} refuses keys that no stage or component declares.
 */
public final class Configuration implements Settings {

    private final Map<String, ConfigValue> values;

    private Configuration(Map<String, ConfigValue> values) {
        this.values = values;
    }

    /** No values: every setting has its default. */
    public static Configuration defaults() {
        return new Configuration(Map.of());
    }

    /**
     * This configuration with the values of a YAML file on top.
     *
     * @throws ConfigException naming the file (and line) when it is missing or malformed
     */
    public Configuration withFile(Path file) {
        Map<String, ConfigValue> merged = new LinkedHashMap<>(values);
        merged.putAll(YamlConfigFile.read(file));
        return new Configuration(Map.copyOf(merged));
    }

    /** This configuration with one value on top, given by {@code source} (e.g. {@code --budget}). */
    public Configuration with(String key, String raw, String source) {
        Map<String, ConfigValue> merged = new LinkedHashMap<>(values);
        merged.put(key, new ConfigValue(raw, source));
        return new Configuration(Map.copyOf(merged));
    }

    /**
     * This configuration with a {@code KEY=VALUE} assignment on top, as {@code --set} gives it.
     *
     * @throws ConfigException when it is not of that form
     */
    public Configuration withAssignment(String assignment, String source) {
        int equals = assignment.indexOf('=');
        if (equals <= 0) {
            throw new ConfigException(source + " " + assignment + ": expected KEY=VALUE, e.g. search.budget=2m");
        }
        return with(assignment.substring(0, equals).strip(), assignment.substring(equals + 1), source);
    }

    @Override
    public <T> T get(Setting<T> setting) {
        ConfigValue value = values.get(setting.key());
        if (value == null) {
            return setting.defaultValue();
        }
        try {
            return setting.parse(value.raw());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(value.source() + ": " + setting.key() + ": " + e.getMessage());
        }
    }

    /**
     * Every value set, as {@code KEY=VALUE} sorted by key: what {@code --set} gives another process (a job) to be
     * configured as this one, whatever file or flag each value came from here.
     */
    public List<String> assignments() {
        return sorted().stream().map(entry -> entry.getKey() + "=" + entry.getValue().raw()).toList();
    }

    /** Where the value of {@code key} comes from, if it is set at all. */
    public Optional<ConfigValue> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * Checks every value against the settings there are: a key nothing declares (a typo, or a plugin that is
     * not installed) and a value its setting cannot read are errors naming the file and key.
     */
    public void check(Collection<Setting<?>> declared) {
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        declared.forEach(s -> byKey.put(s.key(), s));
        for (Map.Entry<String, ConfigValue> entry : sorted()) {
            Setting<?> setting = byKey.get(entry.getKey());
            if (setting == null) {
                throw new ConfigException(entry.getValue().source() + ": no setting '" + entry.getKey() + "'"
                        + closest(entry.getKey(), byKey.keySet()).map(k -> "; did you mean '" + k + "'?").orElse("")
                        + " ('mips config' lists them all)");
            }
            get(setting);
        }
    }

    /** Every declared setting with its effective value and where that comes from, sorted by key. */
    public List<Effective> effective(Collection<Setting<?>> declared) {
        List<Effective> rows = new ArrayList<>();
        for (Setting<?> setting : declared) {
            rows.add(effective(setting));
        }
        rows.sort(Comparator.comparing(Effective::key));
        return rows;
    }

    private <T> Effective effective(Setting<T> setting) {
        ConfigValue value = values.get(setting.key());
        return new Effective(setting.key(), setting.format(get(setting)), value == null ? "default" : value.source(),
                setting.description());
    }

    /**
     * One line of {@code mips config}.
     *
     * @param key         the setting's key
     * @param value       its effective value, as it would be written in a file
     * @param source      {@code default}, or the file and line or flag that set it
     * @param description what it does
     */
    public record Effective(String key, String value, String source, String description) {
    }

    private List<Map.Entry<String, ConfigValue>> sorted() {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The declared key nearest to a mistyped one, when it is near enough to be a typo. */
    private static Optional<String> closest(String key, Collection<String> known) {
        return known.stream().filter(k -> Spelling.distance(k, key) <= Math.max(2, key.length() / 5))
                .min(Comparator.comparingInt((String k) -> Spelling.distance(k, key)).thenComparing(k -> k));
    }
}
