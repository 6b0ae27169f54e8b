package org.mips.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@link SearchPlan} and its {@link SeedPolicy} as the one-core search would, over the trial
 * outcomes known so far, to find the trials it needs next.
 *
 * <p>The first needed trial is the one the sequential search would train now. The following ones
 * are where it would go if every trial still unknown failed outright, the common case on the way up:
 * trials a spare worker can start early. A trial's outcome does not depend on when it is trained, so
 * starting it early changes the time a search takes, never its decisions.
 */
final class Replay {

    /**
     * @param needed trials to run, in the order the sequential search would need them
     * @param finish the plan's end, when the known outcomes already decide the search (then {@code needed} is empty)
     */
    record Walk(List<TrialKey> needed, Optional<SearchPlan.Finish> finish) {
        boolean finished() {
            return finish.isPresent();
        }
    }

    private final SearchPlan plan;
    private final SeedPolicy seeds;

    Replay(SearchPlan plan, SeedPolicy seeds) {
        this.plan = plan;
        this.seeds = seeds;
    }

    /** Up to {@code horizon} trials the search needs next, given what is {@code known}. */
    Walk walk(Map<TrialKey, TrialOutcome> known, int horizon) {
        Map<TrialKey, TrialOutcome> assumed = new HashMap<>(known);
        List<TrialKey> needed = new ArrayList<>();
        while (needed.size() < horizon) {
            SearchPlan.Step step = plan.next((candidate, tries) -> decide(candidate, assumed, tries).verdict());
            if (step instanceof SearchPlan.Finish finish) {
                return needed.isEmpty() ? new Walk(List.of(), Optional.of(finish)) : new Walk(needed, Optional.empty());
            }
            Candidate candidate = ((SearchPlan.Train) step).candidate();
            // With fewer seeds granted the next seed is the same, so the full policy finds it.
            SeedPolicy.Decision decision = decide(candidate, assumed, Integer.MAX_VALUE);
            if (decision.verdict() != Verdict.PENDING) {
                throw new IllegalStateException("plan " + plan.id() + " asked to train " + candidate.toText()
                        + ", whose verdict is already " + decision.verdict());
            }
            TrialKey key = new TrialKey(candidate, decision.seed());
            needed.add(key);
            assumed.put(key, TrialOutcome.ASSUMED_FAILURE);
        }
        return new Walk(needed, Optional.empty());
    }

    /** The verdict on a candidate from at most {@code tries} seeds, and the seed it concerns, from the given outcomes. */
    SeedPolicy.Decision decide(Candidate candidate, Map<TrialKey, TrialOutcome> outcomes, int tries) {
        return seeds.decide(seed -> outcomes.get(new TrialKey(candidate, seed)), tries);
    }
}
