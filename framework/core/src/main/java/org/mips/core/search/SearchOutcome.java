package org.mips.core.search;

import java.util.Objects;
import java.util.Optional;
import org.mips.spi.network.Network;
import org.mips.spi.training.TrainingResult;

/**
 * What {@link ArchitectureSearch#run} returns: the record of the search and, when it chose a
 * network, that network's training.
 */
public record SearchOutcome(SearchResult result, Optional<TrainingResult> chosenTraining) {

    public SearchOutcome {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(chosenTraining, "chosenTraining");
    }

    /** The chosen network, at its first perfect evaluation. */
    public Optional<Network> network() {
        return chosenTraining.map(TrainingResult::network);
    }
}
