package org.mips.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mips.core.plugin.MipsPluginManager;
import org.mips.core.plugin.PluginInfo;
import org.mips.core.plugin.PluginsLocation;
import org.mips.core.registry.ComponentKind;
import org.mips.core.registry.ComponentRegistry;
import org.mips.core.registry.RegisteredComponent;
import org.mips.core.tasks.TaskCatalog;
import org.mips.spi.task.TaskSuite;
import org.pf4j.PluginWrapper;

/**
 * The running host: one Guice injector, the plugin manager and the component registry. Close it to
 * stop the plugins.
 */
public final class Mips implements AutoCloseable {

    private final Injector injector;
    private final MipsPluginManager plugins;
    private final Optional<Path> pluginsDir;

    private Mips(Injector injector, MipsPluginManager plugins, Optional<Path> pluginsDir) {
        this.injector = injector;
        this.plugins = plugins;
        this.pluginsDir = pluginsDir;
    }

    /**
     * @param pluginsDirOption the {@code --plugins-dir} option, if given; see {@link PluginsLocation}
     * @throws UserException if a named plugins directory does not exist
     */
    public static Mips start(Optional<Path> pluginsDirOption) {
        Optional<Path> dir = PluginsLocation.resolve(pluginsDirOption);
        AtomicReference<Injector> injector = new AtomicReference<>();
        MipsPluginManager plugins = new MipsPluginManager(dir, injector::get);
        injector.set(Guice.createInjector(new CoreModule(plugins)));
        return new Mips(injector.get(), plugins, dir);
    }

    public ComponentRegistry registry() {
        return injector.getInstance(ComponentRegistry.class);
    }

    /** Every task of every task suite, built-in or from a plugin. */
    public TaskCatalog tasks() {
        return new TaskCatalog(registry().all(TaskSuite.class));
    }

    public Injector injector() {
        return injector;
    }

    /** The directory plugins are read from, if any. */
    public Optional<Path> pluginsDir() {
        return pluginsDir;
    }

    /** Every loaded plugin with the usable components it contributes, sorted by id. */
    public List<PluginInfo> plugins() {
        ComponentRegistry registry = registry();
        List<PluginInfo> infos = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            List<RegisteredComponent> components = new ArrayList<>();
            for (ComponentKind kind : ComponentKind.values()) {
                registry.components(kind).stream().filter(c -> c.origin().equals(plugin.getPluginId())).forEach(components::add);
            }
            infos.add(new PluginInfo(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getPluginState().toString(), plugin.getDescriptor().getPluginDescription(),
                    plugin.getPluginPath().getFileName().toString(), components));
        }
        infos.sort((a, b) -> a.id().compareTo(b.id()));
        return infos;
    }

    /** Components found on the host's class path rather than in a plugin. */
    public List<RegisteredComponent> classpathComponents() {
        ComponentRegistry registry = registry();
        List<RegisteredComponent> components = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            registry.components(kind).stream().filter(c -> c.origin().equals(RegisteredComponent.CLASSPATH)).forEach(components::add);
        }
        return components;
    }

    @Override
    public void close() {
        plugins.stopPlugins();
    }
}
