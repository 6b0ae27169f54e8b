package org.mips.core.search;

import java.util.Objects;
import org.mips.spi.network.Architecture;

/**
 * One training run of a search: an architecture and a seed. Training is deterministic, so a key has
 * exactly one outcome, however often or whenever it is trained.
 */
public record TrialKey(Architecture architecture, int seed) {
    public TrialKey {
        Objects.requireNonNull(architecture, "architecture");
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be at least 0, got " + seed);
        }
    }

    @Override
    public String toString() {
        return architecture.toText() + " seed " + seed;
    }
}
