package org.mips.core.search;

import java.util.Objects;
import org.mips.spi.network.Architecture;

/**
 * One training run of a search: a candidate (architecture and encodings) and a seed. Training is deterministic, so a key has
 * exactly one outcome, however often or whenever it is trained.
 */
public record TrialKey(Candidate candidate, int seed) {
    public TrialKey {
        Objects.requireNonNull(candidate, "candidate");
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be at least 0, got " + seed);
        }
    }

    public Architecture architecture() {
        return candidate.architecture();
    }

    public Track track() {
        return candidate.track();
    }

    @Override
    public String toString() {
        return candidate.toText() + " seed " + seed;
    }
}
