package org.mips.core.registry;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import org.mips.spi.Component;
import org.mips.spi.Components;

/**
 * The {@link Components} host service as components receive it: the registry, looked up when first
 * asked, since the registry is still being built while the components are created.
 */
public final class LazyComponents implements Components {

    private final Provider<ComponentRegistry> registry;

    @Inject
    public LazyComponents(Provider<ComponentRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public <T extends Component> List<T> all(Class<T> type) {
        return registry.get().all(type);
    }

    @Override
    public <T extends Component> T get(Class<T> type, String id) {
        return registry.get().get(type, id);
    }
}
