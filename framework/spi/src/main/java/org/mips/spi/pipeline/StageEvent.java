package org.mips.spi.pipeline;

import java.util.Objects;

/**
 * Something a stage tells the pipeline's listeners while it works, beyond its start and end: a search
 * trial finished, a formula was fitted, a check passed. An event is a record whose components are its
 * data (the {@code --events} JSON Lines carry them); {@link #text()} is how a console shows it.
 */
public interface StageEvent {

    /** The event for a person reading a console or a log: one line, or a few for a table row and its header. */
    String text();

    /** A line of progress with no data behind it. */
    record Message(String text) implements StageEvent {
        public Message {
            Objects.requireNonNull(text, "text");
        }
    }
}
