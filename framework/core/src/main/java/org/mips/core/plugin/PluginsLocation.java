package org.mips.core.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mips.core.UserException;
import org.mips.spi.engine.Installation;

/**
 * Where plugin jars and zips are read from, in order of precedence: the {@code --plugins-dir} option,
 * the {@code pf4j.pluginsDir} system property, then {@code plugins/} under the installation
 * ({@code mips.home}, set by {@code bin/mips}). Without any of these only class-path components load.
 */
public final class PluginsLocation {

    public static final String PLUGINS_DIR_PROPERTY = "pf4j.pluginsDir";
    public static final String HOME_PROPERTY = Installation.HOME_PROPERTY;

    private PluginsLocation() {
    }

    /**
     * @param option the command-line option, if given
     * @throws UserException if an explicitly named directory does not exist
     */
    public static Optional<Path> resolve(Optional<Path> option) {
        if (option.isPresent()) {
            return Optional.of(existing(option.get(), "--plugins-dir"));
        }
        String property = System.getProperty(PLUGINS_DIR_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(existing(Path.of(property), "-D" + PLUGINS_DIR_PROPERTY));
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            Path dir = Path.of(home).resolve("plugins");
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Path existing(Path dir, String where) {
        if (!Files.isDirectory(dir)) {
            throw new UserException(where + ": plugins directory " + dir + " does not exist");
        }
        return dir.toAbsolutePath().normalize();
    }
}
