package org.mips.cli;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.config.Setting;

/**
 * The settings a subcommand's own flags give (e.g. {@code mips run --budget 1m} is {@code search.budget}),
 * laid over the configuration files before the host starts. A flag that was not given sets nothing, so
 * that the configuration's value stands.
 */
final class ConfigFlags {

    /** One flag's value for a setting. */
    record Flag(String key, String value, String flag) {
    }

    private final List<Flag> flags = new ArrayList<>();

    /** Sets {@code setting} to {@code value} when the flag was given (non-null). */
    ConfigFlags set(Setting<?> setting, Object value, String flag) {
        if (value != null) {
            String text = value instanceof List<?> list ? String.join(",", list.stream().map(Object::toString).toList()) : value.toString();
            flags.add(new Flag(setting.key(), text, flag));
        }
        return this;
    }

    /** Sets what a {@code KEY=VALUE} assignment says, given by {@code source}. */
    ConfigFlags assign(String assignment, String source) {
        int equals = assignment.indexOf('=');
        flags.add(new Flag(assignment.substring(0, equals), assignment.substring(equals + 1), source));
        return this;
    }

    List<Flag> flags() {
        return List.copyOf(flags);
    }
}
