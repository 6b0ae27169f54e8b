package org.mips.core.registry;

import com.google.inject.Injector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * Builds the {@link ComponentRegistry}: finds the component classes of the class path (its
 * {@code META-INF/services} files through {@link java.util.ServiceLoader}, and PF4J's extension index) and of
 * every started plugin (its extension index), creates each through Guice and files it under each extension point
 * it implements. A class that cannot be loaded or whose constructor throws is recorded as a failure of its
 * origin; the rest still register.
 *
 * <p>A class is registered once however often it is found: the class path's services files and its index usually
 * list the same classes, and a class on the class path is not registered again from a plugin that also holds a
 * copy of it (the class path's copy is the one used). Two different classes with the same id are still the
 * conflict {@link ComponentRegistry} reports.
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
    private final Set<String> onClassPath = new HashSet<>();

    public ComponentScanner(MipsPluginManager plugins, Injector injector) {
        this.plugins = plugins;
        this.injector = injector;
    }

    public ComponentRegistry scan() {
        failures.addAll(plugins.failures());
        scanClassPath(ComponentScanner.class.getClassLoader());
        for (PluginWrapper plugin : plugins.getStartedPlugins()) {
            Set<String> classNames = new TreeSet<>(plugins.getExtensionClassNames(plugin.getPluginId()));
            classNames.removeAll(onClassPath);
            scanOrigin(plugin.getPluginId(), load(plugin.getPluginId(), classNames, plugin.getPluginClassLoader()));
        }
        return new ComponentRegistry(found, failures);
    }

    /** The services files' classes and the extension index's, each class once. */
    private void scanClassPath(ClassLoader loader) {
        ClassPathServices.Listing services = ClassPathServices.find(loader);
        failures.addAll(services.failures());
        SortedMap<String, Class<?>> classes = new TreeMap<>(services.classes());
        Set<String> indexed = new TreeSet<>(plugins.getExtensionClassNames(null));
        indexed.removeAll(classes.keySet());
        classes.putAll(load(RegisteredComponent.CLASSPATH, indexed, loader));
        onClassPath.addAll(classes.keySet());
        scanOrigin(RegisteredComponent.CLASSPATH, classes);
    }

    /** The classes an extension index names, by name; one that cannot be loaded is a failure of its origin. */
    private SortedMap<String, Class<?>> load(String origin, Set<String> classNames, ClassLoader loader) {
        SortedMap<String, Class<?>> classes = new TreeMap<>();
        for (String className : classNames) {
            try {
                classes.put(className, Class.forName(className, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(new PluginFailure(origin, "extension " + className + " cannot be loaded: " + Problems.describe(e)));
            }
        }
        return classes;
    }

    // Sorted by class name, so that registration, and so every listing and error, is the same on every run.
    private void scanOrigin(String origin, SortedMap<String, Class<?>> classes) {
        classes.forEach((className, type) -> {
            List<ComponentKind> kinds = new ArrayList<>();
            for (ComponentKind kind : ComponentKind.values()) {
                if (kind.type().isAssignableFrom(type)) {
                    kinds.add(kind);
                }
            }
            if (!kinds.isEmpty()) { // else an extension of some other extension point; not ours to list
                register(origin, className, type, kinds);
            }
        });
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
