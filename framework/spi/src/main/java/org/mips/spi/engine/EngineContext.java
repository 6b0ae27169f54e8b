package org.mips.spi.engine;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an engine is started with.
 *
 * @param master       where it runs its jobs ({@code --master}: {@code local[4]}, {@code spark://host:7077}); empty for
 *                     its default
 * @param parallel     how many jobs the command asks to run at once ({@code --jobs}); an engine whose cluster
 *                     decides that may take it as a hint
 * @param installation the mips installation the command runs from
 * @param notes        where the engine tells the user, a line at a time, what it is doing
 */
public record EngineContext(Optional<String> master, int parallel, Installation installation, Consumer<String> notes) {
}
