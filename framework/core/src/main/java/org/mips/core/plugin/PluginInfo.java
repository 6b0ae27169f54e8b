package org.mips.core.plugin;

import java.util.List;
import org.mips.core.registry.RegisteredComponent;

/**
 * What {@code mips plugins} shows of one loaded plugin.
 *
 * @param file        the jar, zip or directory it was loaded from
 * @param components  the components it contributes that are usable
 */
public record PluginInfo(String id, String version, String state, String description, String file,
        List<RegisteredComponent> components) {
}
