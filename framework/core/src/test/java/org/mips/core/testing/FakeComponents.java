package org.mips.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mips.core.UserException;
import org.mips.spi.Component;
import org.mips.spi.Components;

/** Components for tests: the given ones, found by the extension points they implement, as the registry finds them. */
public final class FakeComponents implements Components {

    private final List<Component> components;

    private FakeComponents(List<Component> components) {
        this.components = List.copyOf(components);
    }

    public static FakeComponents of(Component... components) {
        return new FakeComponents(List.of(components));
    }

    @Override
    public <T extends Component> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        components.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        found.sort(Comparator.comparing(Component::id));
        return found;
    }

    @Override
    public <T extends Component> T get(Class<T> type, String id) {
        return all(type).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserException("no " + type.getSimpleName() + " '" + id + "'"));
    }
}
