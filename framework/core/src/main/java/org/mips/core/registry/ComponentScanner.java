package org.mips.core.registry;

import com.google.inject.Injector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mips.core.config.ConfigException;
import org.mips.core.plugin.MipsPluginManager;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.plugin.Problems;
import org.mips.spi.Component;
import org.mips.spi.regress.Regressor;
import org.pf4j.PluginWrapper;

/**
 * Builds the {@link ComponentRegistry}: reads the extension index of the class path and of every
 * started plugin, loads each listed class, creates it through Guice and files it under each extension
 * point it implements. A class that cannot be loaded or whose constructor throws is recorded as a
 * failure of its plugin; the rest still register.
 */
public final class ComponentScanner {

    private static final Pattern STAGE_ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** The first words of settings that are not a stage's: the pipeline's, the training backend's, and every kind of component's. */
    private static final Set<String> RESERVED = Set.of("pipeline", "training", "backend", "normalizer", "detector", "regressor", "emitter",
            "prover", "task-suite", "stage");

    private final MipsPluginManager plugins;
    private final Injector injector;
    private final List<RegisteredComponent> found = new ArrayList<>();
    private final List<PluginFailure> failures = new ArrayList<>();

    public ComponentScanner(MipsPluginManager plugins, Injector injector) {
        this.plugins = plugins;
        this.injector = injector;
    }

    public ComponentRegistry scan() {
        failures.addAll(plugins.failures());
        scanOrigin(RegisteredComponent.CLASSPATH, plugins.getExtensionClassNames(null), ComponentScanner.class.getClassLoader());
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            scanOrigin(plugin.getPluginId(), plugins.getExtensionClassNames(plugin.getPluginId()), plugin.getPluginClassLoader());
        }
        return new ComponentRegistry(found, failures);
    }

    private void scanOrigin(String origin, Set<String> classNames, ClassLoader loader) {
        // Sorted so that registration, and so every listing and error, is the same on every run.
        for (String className : new TreeSet<>(classNames)) {
            Class<?> type;
            try {
                type = Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(new PluginFailure(origin, "extension " + className + " cannot be loaded: " + Problems.describe(e)));
                continue;
            }
            List<ComponentKind> kinds = new ArrayList<>();
            for (ComponentKind kind : ComponentKind.values()) {
                if (kind.type().isAssignableFrom(type)) {
                    kinds.add(kind);
                }
            }
            if (kinds.isEmpty()) {
                continue; // an extension of some other extension point; not ours to list
            }
            register(origin, className, type, kinds);
        }
    }

    private static ConfigException configurationProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConfigException config) {
                return config;
            }
        }
        return null;
    }

    private void register(String origin, String className, Class<?> type, List<ComponentKind> kinds) {
        Component component;
        String id;
        try {
            component = (Component) injector.getInstance(type);
            id = component.id();
        } catch (RuntimeException | LinkageError e) {
            ConfigException bad = configurationProblem(e);
            if (bad != null) {
                throw bad; // the user's configuration, not the plugin, is at fault
            }
            failures.add(new PluginFailure(origin, "extension " + className + " cannot be created: " + Problems.describe(e)));
            return;
        }
        if (id == null || id.isBlank()) {
            failures.add(new PluginFailure(origin, "extension " + className + " has no id"));
            return;
        }
        if (kinds.contains(ComponentKind.STAGE) && (!STAGE_ID.matcher(id).matches() || RESERVED.contains(id))) {
            failures.add(new PluginFailure(origin, "stage " + className + " has the id '" + id + "'; a stage's id starts its settings' "
                    + "keys, so it is lower-case letters, digits and dashes, starting with a letter, and not one of " + RESERVED));
            return;
        }
        if (kinds.contains(ComponentKind.REGRESSOR)) {
            try {
                ((Regressor) component).cost();
            } catch (RuntimeException | LinkageError e) {
                failures.add(new PluginFailure(origin, "regressor " + className + " declares no cost (built against an older SPI?): "
                        + Problems.describe(e)));
                return;
            }
        }
        for (ComponentKind kind : kinds) {
            found.add(new RegisteredComponent(kind, id, origin, component));
        }
    }
}
