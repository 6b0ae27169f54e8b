package org.mips.core;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mips.core.engine.Engines;
import org.mips.spi.engine.Installation;
import org.mips.core.config.Configuration;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.plugin.MipsPluginManager;
import org.mips.core.plugin.PluginFailure;
import org.mips.core.registry.ComponentKind;
import org.mips.core.registry.ComponentRegistry;
import org.mips.core.registry.ComponentScanner;
import org.mips.core.registry.LazyComponents;
import org.mips.core.registry.RegisteredComponent;
import org.mips.spi.Components;
import org.mips.spi.config.Setting;
import org.mips.spi.config.Settings;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Stage;

/**
 * The host's wiring: the configuration and the components as the host services extensions may inject
 * ({@link Settings}, {@link Components}), the registry, and the pipeline built from its stages.
 */
final class CoreModule extends AbstractModule {

    private final MipsPluginManager plugins;
    private final Configuration configuration;
    private final Optional<Installation> installation;

    CoreModule(MipsPluginManager plugins, Configuration configuration, Optional<Installation> installation) {
        this.plugins = plugins;
        this.configuration = configuration;
        this.installation = installation;
    }

    @Override
    protected void configure() {
        bind(Settings.class).toInstance(configuration);
        bind(Components.class).to(LazyComponents.class);
    }

    /**
     * Plugins load when the registry is first needed, so commands that need no components start fast; the
     * configuration is then checked against every setting the components declare.
     */
    @Provides
    @Singleton
    ComponentRegistry registry(Injector injector) {
        plugins.loadAndStart();
        ComponentRegistry registry = new ComponentScanner(plugins, injector).scan();
        configuration.check(declaredSettings(registry, configuration));
        return registry;
    }

    /** The engines stages run jobs on, for this host's installation and configuration. */
    @Provides
    @Singleton
    Engines engines(Components components) {
        return new Engines(components, configuration, installation);
    }

    /** The pipeline of the installed stages; without one of the built-in stages (two components claim its id) there is none. */
    @Provides
    @Singleton
    Pipeline pipeline(ComponentRegistry registry, Components components) {
        List<String> installed = registry.all(Stage.class).stream().map(Stage::id).toList();
        for (String id : BuiltInStages.ALL) {
            if (!installed.contains(id)) {
                throw new UserException("the built-in " + id + " stage cannot be used: " + registry.failures().stream()
                        .filter(f -> f.source().equals("stage '" + id + "'")).map(PluginFailure::reason).findFirst()
                        .orElse("it is not installed"));
            }
        }
        return new Pipeline(registry.all(Stage.class), configuration, components);
    }

    /** Every setting there is: the pipeline's and every component's, by key. */
    static List<Setting<?>> declaredSettings(ComponentRegistry registry, Settings settings) {
        Map<String, Setting<?>> declared = new LinkedHashMap<>();
        Pipeline.settings(registry.all(Stage.class), settings).forEach(s -> declared.putIfAbsent(s.key(), s));
        for (ComponentKind kind : ComponentKind.values()) {
            for (RegisteredComponent component : registry.components(kind)) {
                component.instance().settings().forEach(s -> declared.putIfAbsent(s.key(), s));
            }
        }
        return List.copyOf(declared.values());
    }
}
