package org.mips.core.search;

import java.util.Objects;
import org.mips.spi.encode.Encodings;

/**
 * One way of feeding a task to networks: the encodings of its columns. A search climbs its ladder on
 * every track it is given, in their order; "smallest network" compares architectures within a track.
 *
 * @param id        short name for reports and file names, e.g. {@code scalar} or {@code one-hot -> categorical}
 * @param encodings the encodings every network of the track has
 */
public record Track(String id, Encodings encodings) {

    public Track {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(encodings, "encodings");
    }

    /** The paper's setup for {@code inputs} input and {@code outputs} output columns. */
    public static Track scalar(int inputs, int outputs) {
        return of(Encodings.scalar(inputs, outputs));
    }

    public static Track of(Encodings encodings) {
        return new Track(encodings.describe(), encodings);
    }

    /** The id as a file-name part: {@code scalar}, {@code one-hot_categorical}. */
    String fileName() {
        return id.replace(" -> ", "_").replaceAll("[^A-Za-z0-9_+-]", "-");
    }
}
