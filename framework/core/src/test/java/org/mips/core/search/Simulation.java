package org.mips.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mips.spi.network.Architecture;

/** Runs a plan on one core without a backend: what the sequential search trains and decides. */
final class Simulation {

    record Run(List<TrialKey> trained, Optional<Architecture> chosen, Optional<Candidate> candidate) {
    }

    private Simulation() {
    }

    static Run run(SearchPlan plan, SeedPolicy seeds, Function<TrialKey, TrialOutcome> world) {
        Replay replay = new Replay(plan, seeds);
        Map<TrialKey, TrialOutcome> known = new HashMap<>();
        List<TrialKey> trained = new ArrayList<>();
        for (Replay.Walk walk = replay.walk(known, 1); !walk.finished(); walk = replay.walk(known, 1)) {
            TrialKey key = walk.needed().get(0);
            trained.add(key);
            known.put(key, world.apply(key));
        }
        Optional<Candidate> chosen = replay.walk(known, 1).finish().orElseThrow().chosen();
        return new Run(trained, chosen.map(Candidate::architecture), chosen);
    }
}
