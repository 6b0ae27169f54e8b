package org.mips.cli;

import java.io.PrintWriter;
import java.util.List;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.plugin.PluginInfo;
import org.mips.core.registry.ComponentKind;
import org.mips.core.registry.RegisteredComponent;
import org.mips.spi.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mips plugins}: what is installed, what each plugin contributes, and what failed. */
@Command(name = "plugins",
        description = {"List plugins, the components each contributes by kind and id, and plugins that failed to load.",
                "Exits with 2 when a plugin or component could not be used."})
final class PluginsCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Mips mips = root.mips();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Plugins directory: " + mips.pluginsDir().map(Object::toString).orElse("(none)"));
        List<PluginInfo> plugins = mips.plugins();
        if (plugins.isEmpty()) {
            out.println("  (no plugins)");
        }
        for (PluginInfo plugin : plugins) {
            out.println();
            out.printf("%s %s  %s  (%s)%n", plugin.id(), plugin.version(), plugin.state(), plugin.file());
            if (!plugin.description().isBlank()) {
                out.println("  " + plugin.description());
            }
            printComponents(out, plugin.components());
        }
        List<RegisteredComponent> classpath = mips.classpathComponents();
        if (!classpath.isEmpty()) {
            out.println();
            out.println("Class path");
            printComponents(out, classpath);
        }
        out.println();
        out.println("Pipeline stages, in order");
        String orderProblem = "";
        try {
            for (Stage stage : mips.pipeline().stages()) {
                RegisteredComponent registered = mips.registry().components(ComponentKind.STAGE).stream()
                        .filter(c -> c.id().equals(stage.id())).findFirst().orElseThrow();
                out.printf("  %-12s %-10s %s%n", stage.id(), registered.origin().equals(RegisteredComponent.CLASSPATH) ? "built in"
                        : "plugin " + registered.origin(), stage.description());
            }
        } catch (UserException e) {
            orderProblem = e.getMessage();
            out.println("  (none: " + orderProblem + ")");
        }
        List<PluginFailure> failures = mips.registry().failures();
        if (!orderProblem.isEmpty()) {
            spec.commandLine().getErr().println("mips: " + orderProblem);
            return Errors.USER_ERROR;
        }
        if (failures.isEmpty()) {
            return 0;
        }
        out.println();
        out.println("Problems (" + failures.size() + ")");
        failures.forEach(f -> out.println("  " + f.source() + ": " + f.reason()));
        failures.forEach(f -> spec.commandLine().getErr().println("mips: " + f.source() + ": " + f.reason()));
        return Errors.USER_ERROR;
    }

    private static void printComponents(PrintWriter out, List<RegisteredComponent> components) {
        if (components.isEmpty()) {
            out.println("  (no components)");
        }
        for (RegisteredComponent c : components) {
            out.printf("  %-10s %-14s %s%n", c.kind().label(), c.id(), c.instance().description());
        }
    }
}
