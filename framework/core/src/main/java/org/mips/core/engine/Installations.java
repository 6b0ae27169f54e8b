package org.mips.core.engine;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mips.core.plugin.PluginsLocation;
import org.mips.spi.engine.Installation;

/** The installation this JVM runs, as engines see it. */
public final class Installations {

    private Installations() {
    }

    /**
     * This JVM's installation: its {@code java}, its options (but debuggers, coverage agents, the core count and
     * the directories, which every job gets its own of), its class path, and {@code pluginsDir}.
     */
    public static Installation current(Optional<Path> pluginsDir, String mainClass) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent") && !option.startsWith("-XX:ActiveProcessorCount")
                    && !option.startsWith("-D" + Installation.HOME_PROPERTY + "=")
                    && !option.startsWith("-D" + PluginsLocation.PLUGINS_DIR_PROPERTY + "=")) {
                options.add(option);
            }
        }
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
        Optional<Path> home = Optional.ofNullable(System.getProperty(Installation.HOME_PROPERTY)).filter(h -> !h.isBlank()).map(Path::of);
        return new Installation(home, PluginsLocation.resolve(pluginsDir), java, options, classPath, mainClass);
    }
}
