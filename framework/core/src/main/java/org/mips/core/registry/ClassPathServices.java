package org.mips.core.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.Spliterator;
import java.util.TreeMap;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.plugin.Problems;
import org.mips.spi.Component;

/**
 * The component classes the class path lists in {@code META-INF/services}, found with {@link ServiceLoader} for
 * every extension point: how an application that has mips and plugin jars as libraries, with no plugins directory,
 * contributes its components. Only the classes are taken ({@link ServiceLoader.Provider#type()}), so the host
 * still creates each through Guice with the services it injects. An entry ServiceLoader cannot use (a class that
 * is missing, not of the extension point, or without a public no-argument constructor) is a failure, and the
 * other entries still count.
 */
final class ClassPathServices {

    /**
     * What the services files list.
     *
     * @param classes  the usable classes by name
     * @param failures the entries that could not be used
     */
    record Listing(SortedMap<String, Class<?>> classes, List<PluginFailure> failures) {
    }

    private ClassPathServices() {
    }

    /** The classes {@code loader}'s {@code META-INF/services} files list for the extension points. */
    static Listing find(ClassLoader loader) {
        SortedMap<String, Class<?>> classes = new TreeMap<>();
        List<PluginFailure> failures = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            Spliterator<? extends ServiceLoader.Provider<? extends Component>> providers =
                    ServiceLoader.load(kind.type(), loader).stream().spliterator();
            String previous = null;
            boolean more = true;
            while (more) {
                try {
                    more = providers.tryAdvance(provider -> classes.putIfAbsent(provider.type().getName(), provider.type()));
                    previous = null;
                } catch (ServiceConfigurationError | LinkageError e) {
                    // ServiceLoader reports a bad entry once and then moves on to the next; the same error twice in a row
                    // means it cannot move on (a services file it cannot read), so the rest of this kind is lost.
                    String reason = reason(kind, e);
                    if (Objects.equals(reason, previous)) {
                        break;
                    }
                    failures.add(new PluginFailure(RegisteredComponent.CLASSPATH, reason));
                    previous = reason;
                }
            }
        }
        return new Listing(classes, failures);
    }

    private static String reason(ComponentKind kind, Throwable error) {
        String file = "META-INF/services/" + kind.type().getName();
        if (error instanceof ServiceConfigurationError) {
            return file + " lists what ServiceLoader cannot use: " + error.getMessage();
        }
        return "a class that " + file + " lists cannot be loaded: " + Problems.describe(error);
    }
}
