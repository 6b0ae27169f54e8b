package org.mips.spi;

import java.util.List;

/**
 * The components the host has loaded, by extension point and id: a host service for a stage or component
 * that works with others (a stage that tries every installed regressor, say). Receive it through an
 * {@code @jakarta.inject.Inject} constructor; it answers once every plugin has loaded, so call it from
 * the component's work, not from its constructor.
 */
public interface Components {

    /** Every usable component of an extension point, sorted by id. */
    <T extends Component> List<T> all(Class<T> type);

    /**
     * The component of an extension point with this id.
     *
     * @throws RuntimeException naming the id and listing the ids there are, which the command line
     *                          reports as bad input
     */
    <T extends Component> T get(Class<T> type, String id);
}
