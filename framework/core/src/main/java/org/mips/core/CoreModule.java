package org.mips.core;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.mips.core.plugin.MipsPluginManager;
import org.mips.core.registry.ComponentRegistry;
import org.mips.core.registry.ComponentScanner;
import org.pf4j.PluginManager;

/** Wires plugin loading and the component registry. */
final class CoreModule extends AbstractModule {

    private final MipsPluginManager plugins;

    CoreModule(MipsPluginManager plugins) {
        this.plugins = plugins;
    }

    @Override
    protected void configure() {
        bind(MipsPluginManager.class).toInstance(plugins);
        bind(PluginManager.class).toInstance(plugins);
    }

    /** Plugins load when the registry is first needed, so commands that need no components start fast. */
    @Provides
    @Singleton
    ComponentRegistry registry(Injector injector) {
        plugins.loadAndStart();
        return new ComponentScanner(plugins, injector).scan();
    }
}
