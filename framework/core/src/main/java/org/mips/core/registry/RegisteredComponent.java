package org.mips.core.registry;

import org.mips.spi.Component;

/**
 * A component the registry holds.
 *
 * @param kind      its extension point
 * @param id        its id
 * @param origin    the id of the plugin that contributed it, or {@value #CLASSPATH}
 * @param instance  the component, created through Guice
 */
public record RegisteredComponent(ComponentKind kind, String id, String origin, Component instance) {

    /** Origin of components found on the host's class path rather than in a plugin. */
    public static final String CLASSPATH = "classpath";

    /** How users read where it came from, e.g. {@code python (org.mips.emitters.python.PythonEmitter, plugin emitter-python)}. */
    public String describe() {
        return id + " (" + instance.getClass().getName() + ", "
                + (origin.equals(CLASSPATH) ? "class path" : "plugin " + origin) + ")";
    }
}
