package org.mips.core.search;

import java.util.Objects;
import org.mips.spi.network.Architecture;

/** What a search trains: an architecture on a track (its encodings). */
public record Candidate(Track track, Architecture architecture) {

    public Candidate {
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(architecture, "architecture");
    }

    /** {@code n,Lh,wh,Lo,wo}, followed by the track unless it is the paper's scalar one. */
    public String toText() {
        return track.encodings().isScalar() ? architecture.toText() : architecture.toText() + " " + track.id();
    }
}
