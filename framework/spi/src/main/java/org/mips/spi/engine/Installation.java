package org.mips.spi.engine;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How this machine runs mips, so that an engine starts its jobs' JVMs like the one running the command,
 * here or on another machine.
 *
 * @param home       the installation's directory (its {@code conf/} holds the installed configuration); empty
 *                   when mips runs from a build or inside an application
 * @param pluginsDir the plugins the command uses: {@code plugins/} of the installation, or {@code --plugins-dir}; empty
 *                   when it uses none but those on its class path
 * @param java       the {@code java} command of this JVM
 * @param jvmOptions this JVM's options that a job's JVM takes too ({@code --add-modules}, {@code -Xmx}); not the
 *                   class path, the installation's directory or the core count, which every job gets its own of
 * @param classPath  this JVM's class path
 * @param mainClass  mips's main class
 */
public record Installation(Optional<Path> home, Optional<Path> pluginsDir, String java, List<String> jvmOptions, List<Path> classPath,
        String mainClass) {

    /** The system property naming the installation's directory. */
    public static final String HOME_PROPERTY = "mips.home";

    public Installation {
        jvmOptions = List.copyOf(jvmOptions);
        classPath = List.copyOf(classPath);
    }

    /**
     * The command that starts mips as this installation, before a job's arguments, for a JVM that sees
     * {@code cores} cores: the same options, class path and plugins. An engine running jobs elsewhere calls it
     * on the installation as it laid it out there.
     */
    public List<String> launcher(int cores) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:ActiveProcessorCount=" + cores);
        home.ifPresent(dir -> command.add("-D" + HOME_PROPERTY + "=" + dir));
        command.add("-cp");
        command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        pluginsDir.ifPresent(dir -> {
            command.add("--plugins-dir");
            command.add(dir.toString());
        });
        return command;
    }
}
