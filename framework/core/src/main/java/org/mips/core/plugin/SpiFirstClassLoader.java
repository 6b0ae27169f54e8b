package org.mips.core.plugin;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin class loader that takes the SPI and the annotations shared with the host from the host,
 * whatever the plugin bundles, so that {@code CodeEmitter} or {@code @Inject} is one class everywhere
 * (the allow-list model of Trino's plugin loader). Everything else is plugin-first, as in PF4J.
 */
final class SpiFirstClassLoader extends PluginClassLoader {

    /** Package prefixes always loaded by the host. */
    static final List<String> PARENT_FIRST = List.of(
            "org.mips.spi.", "org.pf4j.", "jakarta.inject.", "com.fasterxml.jackson.annotation.", "org.slf4j.");

    static {
        registerAsParallelCapable();
    }

    SpiFirstClassLoader(PluginManager pluginManager, PluginDescriptor descriptor, ClassLoader parent) {
        super(pluginManager, descriptor, parent);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (isParentFirst(className)) {
            return getParent().loadClass(className);
        }
        return super.loadClass(className);
    }

    static boolean isParentFirst(String className) {
        for (String prefix : PARENT_FIRST) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
