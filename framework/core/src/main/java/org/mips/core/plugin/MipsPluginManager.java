package org.mips.core.plugin;

import com.google.inject.Injector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pf4j.BasePluginLoader;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginClasspath;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.InvalidPluginDescriptorException;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginState;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;
import org.pf4j.util.FileUtils;

/**
 * PF4J configured for mips: jars and zips from one directory, SPI-first class loaders, extensions
 * created by Guice, and every failure recorded instead of only logged. Extensions are found through the
 * {@code META-INF/extensions.idx} that PF4J's annotation processor writes, in plugins and on the class
 * path alike. (PF4J's {@code META-INF/services} finder is left off: on the class path it would list
 * every service of every library. The host reads the class path's services files itself, for the extension
 * points only: see {@link org.mips.core.registry.ComponentScanner}.)
 */
public final class MipsPluginManager extends DefaultPluginManager {

    private final List<PluginFailure> failures = new ArrayList<>();
    // Set after super() returns; PF4J calls the create*() factories from its constructor, so the
    // extension factory must look the injector up lazily.
    private Supplier<Injector> injector;

    public MipsPluginManager(Optional<Path> pluginsDir, Supplier<Injector> injector) {
        super(pluginsDir.map(List::of).orElse(List.of()));
        this.injector = injector;
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    @Override
    protected List<Path> createPluginsRoot() {
        return List.of(); // only the directory given to the constructor; never PF4J's default ./plugins
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        if (getPluginsRoots().isEmpty()) {
            return new PluginStatusProvider() { // no directory, so no enabled.txt or disabled.txt
                @Override
                public boolean isPluginDisabled(String pluginId) {
                    return false;
                }

                @Override
                public void disablePlugin(String pluginId) {
                    throw new UnsupportedOperationException("plugins can be disabled only in a plugins directory");
                }

                @Override
                public void enablePlugin(String pluginId) {
                }
            };
        }
        return super.createPluginStatusProvider();
    }

    @Override
    protected PluginRepository createPluginRepository() {
        CompoundPluginRepository repository = new CompoundPluginRepository();
        // Called from PF4J's constructor, before failures exists; the repository reports only when listing, later.
        getPluginsRoots().forEach(root -> repository.add(new UnpackingPluginRepository(root, failure -> failures.add(failure))));
        return repository;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new JarLoader()).add(new DirectoryLoader());
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ExtensionFactory() {
            @Override
            public <T> T create(Class<T> extensionClass) {
                return injector.get().getInstance(extensionClass);
            }
        };
    }

    /**
     * Loads and starts every plugin in the directory. A plugin that fails (a zip that cannot be unpacked, a
     * jar without a descriptor, an id already taken, ...) is recorded in {@link #failures()} with its
     * reason and skipped; the others still load.
     */
    public void loadAndStart() {
        for (Path path : pluginRepository.getPluginPaths()) {
            try {
                loadPluginFromPath(path);
            } catch (RuntimeException | LinkageError e) {
                failures.add(new PluginFailure(UnpackingPluginRepository.installedName(path),
                        duplicateOf(path).orElseGet(() -> loadFailure(e))));
            }
        }
        resolvePlugins();
        for (PluginWrapper plugin : getUnresolvedPlugins()) {
            failures.add(new PluginFailure(plugin.getPluginId(), "unresolved: its dependencies "
                    + plugin.getDescriptor().getDependencies() + " are missing or of the wrong version"));
        }
        startPlugins();
        for (PluginWrapper plugin : getPlugins(PluginState.FAILED)) {
            Throwable cause = plugin.getFailedException();
            failures.add(new PluginFailure(plugin.getPluginId(), "failed to start: "
                    + (cause == null ? "unknown reason" : Problems.describe(cause))));
        }
    }

    /**
     * Why the plugin at {@code path} was refused if its id is already taken: PF4J's own message for this
     * prints the whole {@code PluginWrapper} of the first plugin.
     */
    private Optional<String> duplicateOf(Path path) {
        try {
            String id = getPluginDescriptorFinder().find(path).getPluginId();
            PluginWrapper first = id == null ? null : getPlugin(id);
            return first == null ? Optional.empty() : Optional.of("plugin id '" + id + "' is already taken by "
                    + fileOf(first) + "; remove one of the two");
        } catch (RuntimeException e) {
            return Optional.empty(); // not a duplicate, but a plugin without a readable descriptor
        }
    }

    /** The jar, zip or directory the user installed for {@code plugin}. */
    public String fileOf(PluginWrapper plugin) {
        return UnpackingPluginRepository.installedName(plugin.getPluginPath());
    }

    private static String loadFailure(Throwable e) {
        String reason = Problems.describe(e);
        if (reason.startsWith("No PluginDescriptorFinder")) {
            return "not a plugin: no readable plugin.properties or manifest (is it a valid jar or zip?)";
        }
        if (e instanceof InvalidPluginDescriptorException) {
            return "invalid plugin descriptor: " + e.getMessage()
                    + " (set Plugin-Id and Plugin-Version in the manifest, or plugin.id and plugin.version in plugin.properties)";
        }
        return reason;
    }

    /** Plugins that could not be loaded, resolved or started. */
    public List<PluginFailure> failures() {
        return List.copyOf(failures);
    }

    /** A single jar, on its own class loader. */
    private final class JarLoader implements PluginLoader {
        @Override
        public boolean isApplicable(Path pluginPath) {
            return FileUtils.isJarFile(pluginPath);
        }

        @Override
        public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
            PluginClassLoader loader = new SpiFirstClassLoader(MipsPluginManager.this, descriptor, getClass().getClassLoader());
            loader.addFile(pluginPath.toFile());
            return loader;
        }
    }

    /** An unpacked zip: {@code classes/} and {@code lib/*.jar}. */
    private final class DirectoryLoader extends BasePluginLoader {
        DirectoryLoader() {
            super(MipsPluginManager.this, new DefaultPluginClasspath());
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new SpiFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
        }
    }
}
