package org.mips.core;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.mips.core.config.Configuration;
import org.mips.core.engine.Engines;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.plugin.MipsPluginManager;
import org.mips.core.plugin.PluginInfo;
import org.mips.core.plugin.PluginsLocation;
import org.mips.core.registry.ComponentKind;
import org.mips.core.registry.ComponentRegistry;
import org.mips.core.registry.RegisteredComponent;
import org.mips.core.tasks.TaskCatalog;
import org.mips.spi.config.Setting;
import org.mips.spi.engine.Installation;
import org.mips.spi.task.TaskSuite;
import org.pf4j.PluginWrapper;

/**
 * The running host: one Guice injector that builds the components (with the host services they inject), the
 * registry and the {@link Pipeline}, under a configuration given when it starts. Close it to stop the plugins.
 *
 * <p>The components come from the class path, listed in {@code META-INF/services} (read with
 * {@link java.util.ServiceLoader}) or in PF4J's extension index, and from the plugins directory when there is one.
 * An application that has {@code mips-core}, {@code mips-tasks} and plugin jars as libraries needs no directory
 * ({@code examples/embedded}):
 *
 * <pre>{@code
 * try (Mips mips = Mips.builder().configuration(Configuration.defaults().with("search.budget", "1m", "my app")).start()) {
 *     Task task = mips.tasks().find("Parity_All");
 *     PipelineResult result = mips.pipeline().run(PipelineRequest.of(task, RunStore.at(Path.of("runs/parity"))));
 * }
 * }</pre>
 */
public final class Mips implements AutoCloseable {

    private final Injector injector;
    private final MipsPluginManager plugins;
    private final Optional<Path> pluginsDir;
    private final Configuration configuration;

    private Mips(Injector injector, MipsPluginManager plugins, Optional<Path> pluginsDir, Configuration configuration) {
        this.injector = injector;
        this.plugins = plugins;
        this.pluginsDir = pluginsDir;
        this.configuration = configuration;
    }

    /** How to start a host: where plugins are, and the configuration. */
    public static final class Builder {

        private Optional<Path> pluginsDir = Optional.empty();
        private Configuration configuration = Configuration.defaults();
        private Optional<Installation> installation = Optional.empty();

        private Builder() {
        }

        /**
         * How this JVM runs mips as a command ({@code Installations.current(pluginsDir, mainClass)}), so that stages
         * can run jobs of it on an execution engine ({@code search.engine}); without it they run everything here.
         */
        public Builder installation(Installation value) {
            installation = Optional.of(value);
            return this;
        }

        /** The {@code --plugins-dir} option, if given; see {@link PluginsLocation}. */
        public Builder pluginsDir(Optional<Path> value) {
            pluginsDir = value;
            return this;
        }

        public Builder configuration(Configuration value) {
            configuration = value;
            return this;
        }

        /** @throws UserException if a named plugins directory does not exist */
        public Mips start() {
            Optional<Path> dir = PluginsLocation.resolve(pluginsDir);
            AtomicReference<Injector> injector = new AtomicReference<>();
            MipsPluginManager plugins = new MipsPluginManager(dir, injector::get);
            injector.set(Guice.createInjector(new CoreModule(plugins, configuration, installation)));
            return new Mips(injector.get(), plugins, dir, configuration);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A host with the default configuration. */
    public static Mips start(Optional<Path> pluginsDirOption) {
        return builder().pluginsDir(pluginsDirOption).start();
    }

    /** The components, loading the plugins on first use and checking the configuration against their settings. */
    public ComponentRegistry registry() {
        return instance(ComponentRegistry.class);
    }

    /** The pipeline of the installed stages, in the configured order. */
    public Pipeline pipeline() {
        return instance(Pipeline.class);
    }

    /** The execution engines the host's stages and commands run jobs on. */
    public Engines engines() {
        return instance(Engines.class);
    }

    /** What the injector builds; a problem with the user's input while building it is reported as such, not as Guice's. */
    private <T> T instance(Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Every setting the pipeline and the components declare. */
    public List<Setting<?>> settings() {
        return CoreModule.declaredSettings(registry(), configuration);
    }

    /** Every task of every task suite, built-in or from a plugin. */
    public TaskCatalog tasks() {
        return new TaskCatalog(registry().all(TaskSuite.class));
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
                    plugins.fileOf(plugin), components));
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
