package org.mips.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mips.core.UserException;
import org.mips.core.plugin.PluginFailure;
import org.mips.spi.Component;
import org.mips.spi.Components;

/**
 * Finds components by kind and id. Ids are unique per kind: when two components claim the same id,
 * neither is used and asking for that id is an error naming both.
 */
public final class ComponentRegistry implements Components {

    private final Map<ComponentKind, Map<String, RegisteredComponent>> byKind = new EnumMap<>(ComponentKind.class);
    private final Map<ComponentKind, Map<String, List<RegisteredComponent>>> conflicts = new EnumMap<>(ComponentKind.class);
    private final List<PluginFailure> failures;

    ComponentRegistry(List<RegisteredComponent> components, List<PluginFailure> failures) {
        for (ComponentKind kind : ComponentKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
            conflicts.put(kind, new LinkedHashMap<>());
        }
        Map<ComponentKind, Map<String, List<RegisteredComponent>>> claims = new EnumMap<>(ComponentKind.class);
        for (RegisteredComponent c : components) {
            claims.computeIfAbsent(c.kind(), k -> new LinkedHashMap<>()).computeIfAbsent(c.id(), id -> new ArrayList<>()).add(c);
        }
        List<PluginFailure> all = new ArrayList<>(failures);
        claims.forEach((kind, ids) -> ids.forEach((id, claimants) -> {
            if (claimants.size() == 1) {
                byKind.get(kind).put(id, claimants.get(0));
            } else {
                conflicts.get(kind).put(id, List.copyOf(claimants));
                all.add(new PluginFailure(kind.label() + " '" + id + "'", conflictMessage(kind, id, claimants)));
            }
        }));
        this.failures = List.copyOf(all);
    }

    /** Usable components of a kind, sorted by id. */
    public List<RegisteredComponent> components(ComponentKind kind) {
        return byKind.get(kind).values().stream().sorted(Comparator.comparing(RegisteredComponent::id)).toList();
    }

    /** Usable components of a kind, as their extension-point type, sorted by id. */
    @Override
    public <T extends Component> List<T> all(Class<T> type) {
        return components(ComponentKind.of(type)).stream().map(c -> type.cast(c.instance())).toList();
    }

    /**
     * The component of this type with this id.
     *
     * @throws UserException if there is none (listing the ids there are) or if the id is claimed twice
     */
    @Override
    public <T extends Component> T get(Class<T> type, String id) {
        ComponentKind kind = ComponentKind.of(type);
        List<RegisteredComponent> claimants = conflicts.get(kind).get(id);
        if (claimants != null) {
            throw new UserException(conflictMessage(kind, id, claimants));
        }
        RegisteredComponent found = byKind.get(kind).get(id);
        if (found == null) {
            String known = byKind.get(kind).keySet().stream().sorted().collect(Collectors.joining(", "));
            throw new UserException("no " + kind.label() + " '" + id + "'; available: "
                    + (known.isEmpty() ? "none (is the plugins directory right?)" : known));
        }
        return type.cast(found.instance());
    }

    /** Plugins and components that could not be used, including id conflicts. */
    public List<PluginFailure> failures() {
        return failures;
    }

    private static String conflictMessage(ComponentKind kind, String id, List<RegisteredComponent> claimants) {
        return "two components claim " + kind.label() + " id '" + id + "': "
                + claimants.stream().map(RegisteredComponent::describe).collect(Collectors.joining(" and "));
    }
}
