package org.mips.spi;

import java.util.List;
import org.mips.spi.config.Setting;
import org.pf4j.ExtensionPoint;

/**
 * A named component: the common shape of every extension point.
 *
 * <p>Configuration, the command line and run artifacts name components by {@link #id()}, never by
 * class. Ids are unique within one kind of component (two emitters may not both be {@code python},
 * but an emitter and a regressor may share an id). An implementation is a public class annotated with
 * {@code @org.pf4j.Extension}; it is created through the host's dependency injector, so it may have a
 * public no-argument constructor or a constructor annotated with {@code @jakarta.inject.Inject}, which
 * may take the host services {@link Components} and {@link org.mips.spi.config.Settings}.
 */
public interface Component extends ExtensionPoint {

    /** Stable identifier, lower case, e.g. {@code python} or {@code linear-lattice}. */
    String id();

    /** One line for humans, shown by {@code mips plugins}. */
    String description();

    /**
     * The settings it reads, keyed {@code <kind>.<id>.<name>} (a stage: {@code <id>.<name>}), so that the
     * host can list them in {@code mips config} and reject a configuration key nothing declares. Read
     * their values from the injected {@link org.mips.spi.config.Settings}.
     */
    default List<Setting<?>> settings() {
        return List.of();
    }
}
